package org.veikart.dsl.edit;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Writes changes of single features of elements into {@code .plan} text as minimal edits, so that the
 * rest of the file stays byte for byte (layout, comments, clause order):
 * <ul>
 * <li>a value already in the text has exactly its token(s) replaced: strings, numbers, booleans, enum
 * values in the plan language's word ({@code status completed}), reference lists ({@code measured-by a, b});</li>
 * <li>a clause absent before is inserted as a new line at the end of the element's block, indented
 * two spaces more than the element, in the language's keyword form; an element without a block gets one;</li>
 * <li>an emptied optional value removes its clause (the whole line if the clause is alone on it).</li>
 * </ul>
 * The edited text is re-parsed and compared with the changed model by {@link ReparseCheck#sameShape};
 * if any change cannot be written this way, or the check fails, the answer is empty and the caller
 * writes the plan with the serializer (and should say so). Call it after the changes were applied to
 * the model, on the resource that was parsed from the file.
 */
public final class FeatureEdits {

	/** One change: {@code feature} of {@code element} now has {@code newValue} (null, false or empty: removed). */
	public record Change(EObject element, EStructuralFeature feature, Object newValue) {
	}

	private FeatureEdits() {
	}

	/**
	 * @param resource a resource parsed from {@code .plan} text, whose model already holds the changes
	 * @return the edited text, or empty if the changes need the serializer
	 */
	public static Optional<String> apply(Resource resource, List<Change> changes) {
		Optional<PlanTextEdits> collector = PlanTextEdits.of(resource);
		if (collector.isEmpty()) {
			return Optional.empty();
		}
		PlanTextEdits edits = collector.get();
		ClauseWriter writer = new ClauseWriter(edits.original());
		for (Change change : changes) {
			Optional<TextEdit> edit = edit(writer, change);
			if (edit.isEmpty()) {
				return Optional.empty();
			}
			edits.add(edit.get());
		}
		if (edits.overlapping()) {
			return Optional.empty();
		}
		String result = edits.apply();
		return ReparseCheck.sameShape(resource, result) ? Optional.of(result) : Optional.empty();
	}

	private static Optional<TextEdit> edit(ClauseWriter writer, Change change) {
		EObject element = change.element();
		EStructuralFeature feature = change.feature();
		if (feature instanceof EReference reference && reference.isContainment()
				|| feature instanceof EAttribute && feature.isMany()) {
			return Optional.empty(); // contained elements and value lists: left to the serializer
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		boolean removed = change.newValue() == null || Boolean.FALSE.equals(change.newValue())
				|| change.newValue() instanceof List<?> list && list.isEmpty();
		if (!nodes.isEmpty()) {
			return removed ? writer.remove(nodes) : writer.replace(element, nodes, change.newValue());
		}
		if (removed) {
			return Optional.of(TextEdit.insert(0, "")); // nothing written, nothing to remove
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? Optional.empty() : writer.insert(element, node, feature, change.newValue());
	}
}
