package org.veikart.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.veikart.model.VeikartPackage;

/**
 * Base of the rule groups that {@link PlanValidator} composes ({@code @ComposedChecks}): they check
 * Veikart models and never register themselves, so each rule runs once, through the plan validator.
 */
public abstract class ComposedPlanValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(VeikartPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// only used through @ComposedChecks of PlanValidator
	}
}
