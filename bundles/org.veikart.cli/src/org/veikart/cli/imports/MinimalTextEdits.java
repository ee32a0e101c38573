package org.veikart.cli.imports;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.generator.csv.CsvChange;

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
 * The edited text is re-parsed and compared with the changed model (same elements, same values);
 * if any change cannot be written this way, or the check fails, the answer is empty and the caller
 * writes the plan with the serializer (and should say so). Call it after the changes were applied to
 * the model, on the resource that was parsed from the file. Public for every command that changes
 * plans by feature (CSV import, template apply).
 */
public final class MinimalTextEdits {

	/** One change: {@code feature} of {@code element} now has {@code newValue} (null, false or empty: removed). */
	public record Change(EObject element, EStructuralFeature feature, Object newValue) {

		static Change of(CsvChange change) {
			return new Change(change.element(), change.feature(), change.newValue());
		}
	}

	private MinimalTextEdits() {
	}

	/** @return the edited text, or empty if the changes need the serializer */
	public static Optional<String> applyCsv(Resource resource, List<CsvChange> changes) {
		return apply(resource, changes.stream().map(Change::of).toList());
	}

	/**
	 * @param resource a resource parsed from {@code .plan} text, whose model already holds the changes
	 * @return the edited text, or empty if the changes need the serializer
	 */
	public static Optional<String> apply(Resource resource, List<Change> changes) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return Optional.empty();
		}
		String text = xtext.getParseResult().getRootNode().getText();
		ClauseWriter writer = new ClauseWriter(text);
		List<TextEdit> edits = new ArrayList<>();
		for (Change change : changes) {
			Optional<TextEdit> edit = edit(writer, change);
			if (edit.isEmpty()) {
				return Optional.empty();
			}
			edits.add(edit.get());
		}
		if (overlapping(edits)) {
			return Optional.empty();
		}
		StringBuilder edited = new StringBuilder(text);
		// from the end, so offsets stay valid; at one offset the later change first, so the text keeps the change order
		java.util.Collections.reverse(edits);
		edits.sort(Comparator.comparingInt(TextEdit::offset).reversed()); // stable

		for (TextEdit e : edits) {
			edited.replace(e.offset(), e.offset() + e.length(), e.text());
		}
		String result = edited.toString();
		return ReparseCheck.matches(resource, result) ? Optional.of(result) : Optional.empty();
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
			return Optional.of(new TextEdit(0, 0, "")); // nothing written, nothing to remove
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? Optional.empty() : writer.insert(element, node, feature, change.newValue());
	}

	private static boolean overlapping(List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset));
		for (int i = 1; i < sorted.size(); i++) {
			TextEdit before = sorted.get(i - 1);
			if (before.length() > 0 && before.offset() + before.length() > sorted.get(i).offset()) {
				return true;
			}
		}
		return false;
	}
}
