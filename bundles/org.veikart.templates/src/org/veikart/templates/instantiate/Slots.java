package org.veikart.templates.instantiate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.veikart.model.PlanElement;

/**
 * Which containment list of a container holds elements of a class, read from the metamodel (so a new
 * containment in the metamodel is picked up without code changes): a plan holds goals, focus areas,
 * strategies, measures and indicators; a focus area goals, sub-areas, strategies and measures; a goal
 * sub-goals and strategies; a strategy sub-strategies and measures.
 */
public final class Slots {

	private Slots() {
	}

	/** @return the many-valued containment of {@code container} whose element type is exactly {@code type} */
	public static Optional<EReference> slot(EObject container, EClass type) {
		return slot(container.eClass(), type);
	}

	/** @return the many-valued containment of {@code containerType} whose element type is exactly {@code type} */
	public static Optional<EReference> slot(EClass containerType, EClass type) {
		return containerType.getEAllContainments().stream()
				.filter(EReference::isMany)
				.filter(reference -> reference.getEReferenceType() == type)
				.findFirst();
	}

	/** @return the plan-element classes {@code container} can hold, as level words (e.g. "strategy, measure") */
	public static String holds(EObject container) {
		List<String> names = container.eClass().getEAllContainments().stream()
				.filter(EReference::isMany)
				.map(EReference::getEReferenceType)
				.filter(type -> PlanElementTypes.isPlanElement(type))
				.map(Slots::word)
				.distinct()
				.toList();
		return names.isEmpty() ? "nothing" : String.join(", ", names);
	}

	/** @return "focus-area" for FocusArea, "goal" for Goal, ... */
	public static String word(EClass type) {
		return type.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** @return "the plan" or "focus-area hp-area-5" for messages */
	public static String describe(PlanElement element) {
		return word(element.eClass()) + " " + element.getId();
	}

	/** Adds {@code child} to {@code container}'s list {@code slot} at {@code index} (clamped; -1 = end). */
	@SuppressWarnings("unchecked")
	public static void add(EObject container, EReference slot, EObject child, int index) {
		List<EObject> list = (List<EObject>) container.eGet(slot);
		list.add(index < 0 || index > list.size() ? list.size() : index, child);
	}
}
