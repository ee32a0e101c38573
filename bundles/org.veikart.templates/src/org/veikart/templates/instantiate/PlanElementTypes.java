package org.veikart.templates.instantiate;

import org.eclipse.emf.ecore.EClass;
import org.veikart.model.VeikartPackage;

/** Class tests on the metamodel used by placement and re-kinding. */
final class PlanElementTypes {

	private PlanElementTypes() {
	}

	/** @return true for PlanElement and its subclasses */
	static boolean isPlanElement(EClass type) {
		return VeikartPackage.eINSTANCE.getPlanElement().isSuperTypeOf(type);
	}
}
