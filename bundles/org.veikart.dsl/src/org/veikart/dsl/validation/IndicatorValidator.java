package org.veikart.dsl.validation;


import org.eclipse.xtext.validation.Check;
import org.veikart.model.Indicator;
import org.veikart.model.VeikartPackage;

/**
 * WARNING {@link PlanIssueCodes#MISSING_BASELINE} and {@link PlanIssueCodes#MISSING_TARGET}: an
 * indicator without a baseline or without any target cannot show progress. Warnings, not errors,
 * because many source documents name indicators without figures.
 */
public class IndicatorValidator extends ComposedPlanValidator {

	@Check
	public void checkFigures(Indicator indicator) {
		String name = PlanValidator.describeAtStart(indicator);
		if (indicator.getBaseline() == null) {
			warning(name + " has no baseline; add one (e.g. baseline in 2021 value 18) so progress can be measured.",
					indicator, VeikartPackage.Literals.IDENTIFIABLE__ID, PlanIssueCodes.MISSING_BASELINE);
		}
		if (indicator.getTargets().isEmpty()) {
			warning(name + " has no target; add at least one (e.g. target in 2024 value 10).", indicator,
					VeikartPackage.Literals.IDENTIFIABLE__ID, PlanIssueCodes.MISSING_TARGET);
		}
	}
}
