package org.veikart.templates.instantiate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Goal;
import org.veikart.model.PlanElement;
import org.veikart.model.VeikartFactory;
import org.veikart.model.VeikartPackage;

/**
 * Gives an element another level, so that one theme can be a main goal in one plan and a focus area in
 * another: a new element of the target class takes over everything a plan element has (id, code,
 * title, text, SDG references, links, origin, provenance, notes), and each child moves to the list
 * of the new class that holds its class (a focus area's strategies become the goal's strategies).
 * References to the old element from within {@code scope} are redirected to the new one.
 */
public final class Rekinding {

	/** Thrown when a child has no place in the new class. */
	public static final class CannotRekind extends Exception {
		private static final long serialVersionUID = 1L;

		CannotRekind(String message) {
			super(message);
		}
	}

	private Rekinding() {
	}

	/** @return true if {@link #rekind} would succeed for {@code element} and {@code level} */
	public static boolean fits(PlanElement element, Level level) {
		if (element.eClass() == level.type()) {
			return true;
		}
		for (EReference containment : childLists(element)) {
			for (Object child : (List<?>) element.eGet(containment)) {
				if (Slots.slot(level.type(), ((EObject) child).eClass()).isEmpty()) {
					return false;
				}
			}
		}
		return PlanElementTypes.isPlanElement(level.type());
	}

	/**
	 * @param element an element not yet in any plan (a fresh copy)
	 * @param scope   roots whose references to {@code element} follow it
	 * @return {@code element} itself (goal kind set) if it already has the class, else its replacement
	 * @throws CannotRekind naming the child that has no place in the new class
	 */
	@SuppressWarnings("unchecked")
	public static PlanElement rekind(PlanElement element, Level level, Collection<? extends EObject> scope) throws CannotRekind {
		if (element.eClass() == level.type()) {
			if (element instanceof Goal goal && level.goalKind() != null) {
				goal.setKind(level.goalKind());
			}
			return element;
		}
		if (!fits(element, level)) {
			throw new CannotRekind(Slots.word(element.eClass()) + " " + element.getId() + " cannot become a " + level.name()
					+ ": a " + Slots.word(level.type()) + " cannot hold all of its children");
		}
		PlanElement replacement = (PlanElement) VeikartFactory.eINSTANCE.create(level.type());
		for (EStructuralFeature feature : VeikartPackage.eINSTANCE.getPlanElement().getEAllStructuralFeatures()) {
			if (feature.isMany()) {
				((List<Object>) replacement.eGet(feature)).addAll(new ArrayList<>((List<Object>) element.eGet(feature)));
			} else if (element.eIsSet(feature)) {
				replacement.eSet(feature, element.eGet(feature));
			}
		}
		for (EReference containment : childLists(element)) {
			for (EObject child : new ArrayList<>((List<EObject>) element.eGet(containment))) {
				Slots.add(replacement, Slots.slot(level.type(), child.eClass()).orElseThrow(), child, -1);
			}
		}
		if (replacement instanceof Goal goal) {
			goal.setKind(level.goalKind() == null ? org.veikart.model.GoalKind.MAIN : level.goalKind());
		}
		redirect(element, replacement, scope);
		return replacement;
	}

	private static List<EReference> childLists(PlanElement element) {
		return element.eClass().getEAllContainments().stream()
				.filter(EReference::isMany)
				.filter(reference -> PlanElementTypes.isPlanElement(reference.getEReferenceType()))
				.toList();
	}

	@SuppressWarnings("unchecked")
	private static void redirect(EObject from, EObject to, Collection<? extends EObject> scope) {
		for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(from, scope)) {
			if (setting.getEStructuralFeature().isMany()) {
				List<EObject> list = (List<EObject>) setting.get(false);
				list.set(list.indexOf(from), to);
			} else {
				setting.set(to);
			}
		}
	}
}
