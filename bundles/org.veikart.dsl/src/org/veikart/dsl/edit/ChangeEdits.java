package org.veikart.dsl.edit;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.VeikartPackage;

/**
 * Writes the changes a command made to a parsed plan as edits of the plan's original text, so
 * everything the command did not touch stays byte for byte. Take a {@link #snapshot} before changing
 * the model, then call {@link #text} (once or more: each call starts from the original text). Supported changes:
 * <ul>
 * <li>new contained elements, placed by {@link ElementInserter} (serialized alone, indented, after the
 * last sibling / before the container's {@code }} / in a new {@code { }} block);</li>
 * <li>new {@code measured-by} links on existing elements (a new clause);</li>
 * <li>removed elements (their lines);</li>
 * <li>changed strings written once in the text (exactly their token replaced);</li>
 * <li>other value changes of an element that holds no plan elements (that element rewritten alone).</li>
 * </ul>
 * The result is re-parsed with the plan's folder and must equal the changed model
 * ({@link ReparseCheck#sameModel}); otherwise it answers empty, {@link #problem} says why, and the
 * caller falls back to serializing the whole plan.
 */
public final class ChangeEdits {

	private static final EReference MEASURED_BY = VeikartPackage.eINSTANCE.getPlanElement_MeasuredBy();

	private final Resource resource;
	private final ModelSnapshot before;
	private final String original;
	private final ElementInserter inserter;
	private final ValueTokens tokens = new ValueTokens();
	private String problem = "";

	private ChangeEdits(Resource resource, String original) {
		this.resource = resource;
		this.before = new ModelSnapshot(resource);
		this.original = original;
		this.inserter = new ElementInserter(original);
	}

	/** @return a snapshot of {@code plan}'s text and content, or empty if it was not parsed from text */
	public static Optional<ChangeEdits> snapshot(Plan plan) {
		return PlanTextEdits.of(plan.eResource()).map(edits -> new ChangeEdits(plan.eResource(), edits.original()));
	}

	/**
	 * Call after the model was changed.
	 *
	 * @param file the plan's file (its folder's other plans resolve references when checking)
	 * @return the original text with the changes written in, or empty when they cannot be written that way
	 */
	public Optional<String> text(Path file) {
		try {
			PlanTextEdits edits = new PlanTextEdits(original);
			Set<EObject> rewritten = rewritten();
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
				if (inside(object, rewritten)) {
					if (rewritten.contains(object)) {
						edits.add(inserter.rewrite(object));
					}
					continue;
				}
				EObject container = object.eContainer();
				if (!before.existed(object) && container != null && before.existed(container)) {
					edits.add(inserter.insert(container, object.eContainmentFeature(), ElementInserter.serialize(object)));
				}
				if (before.existed(object) && object instanceof PlanElement element) {
					List<Indicator> added = before.addedMeasuredBy(element);
					if (!added.isEmpty()) {
						edits.add(inserter.insert(object, MEASURED_BY,
								"measured-by " + String.join(", ", added.stream().map(Indicator::getId).toList())));
					}
				}
				if (before.existed(object)) {
					replaceChangedStrings(edits, object);
				}
			}
			for (EObject object : before.objects()) {
				EObject container = before.containerBefore(object);
				if (object.eResource() != resource && container != null && before.existed(container)
						&& container.eResource() == resource && !inside(container, rewritten)) {
					edits.add(inserter.remove(object));
				}
			}
			String text = edits.apply();
			Optional<String> difference = ReparseCheck.sameModel(resource, file, text);
			difference.ifPresent(d -> problem = d);
			return difference.isEmpty() ? Optional.of(text) : Optional.empty();
		} catch (RuntimeException e) {
			problem = e.getMessage();
			return Optional.empty();
		}
	}

	/** @return why the last {@link #text} answered empty (for the user's note) */
	public String problem() {
		return problem;
	}

	/**
	 * @return the elements with a change that is not a string token (an enum, a number, a new optional
	 *         value): written anew as a whole, if they hold no other plan elements
	 */
	private Set<EObject> rewritten() {
		Set<EObject> rewritten = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject object : before.objects()) {
			if (object.eResource() == resource && !tokenEditable(object)) {
				if (object.eContents().stream().anyMatch(PlanElement.class::isInstance)) {
					throw new IllegalStateException("a value of " + object.eClass().getName() + " changed that is not a text");
				}
				rewritten.add(object);
			}
		}
		return rewritten;
	}

	private static boolean inside(EObject object, Set<EObject> rewritten) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (rewritten.contains(o)) {
				return true;
			}
		}
		return false;
	}

	/** @return true if every changed attribute of {@code object} is a string written once in the text */
	private boolean tokenEditable(EObject object) {
		for (Map.Entry<EAttribute, Object> old : before.attributesBefore(object).entrySet()) {
			EAttribute attribute = old.getKey();
			Object now = ModelSnapshot.value(object, attribute);
			if (Objects.equals(now, old.getValue())) {
				continue;
			}
			if (attribute.isMany() || attribute.getEAttributeType().getInstanceClass() != String.class || now == null
					|| old.getValue() == null) {
				return false;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
			if (nodes.size() != 1 || !(nodes.get(0).getGrammarElement() instanceof RuleCall)) {
				return false;
			}
		}
		return true;
	}

	/** A changed string value written once in the text: exactly its token is replaced (as {@link FeatureEdits} does). */
	private void replaceChangedStrings(PlanTextEdits edits, EObject object) {
		for (Map.Entry<EAttribute, Object> old : before.attributesBefore(object).entrySet()) {
			Object now = object.eGet(old.getKey());
			if (Objects.equals(now, old.getValue())) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, old.getKey());
			if (now == null || nodes.size() != 1 || !(nodes.get(0).getGrammarElement() instanceof RuleCall call)) {
				throw new IllegalStateException("not a token replacement"); // the whole plan is serialized instead
			}
			edits.add(new TextEdit(nodes.get(0).getOffset(), nodes.get(0).getLength(), tokens.ruleToken(now, call)));
		}
	}
}
