package org.veikart.model.check;

import org.veikart.model.Goal;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Strategy;

/**
 * {@link ModelIssueCodes#EMPTY_TITLE}: a plan, goal, strategy or measure whose title is null or
 * blank. WARNING normally; INFO when the element carries a MISSING_IN_SOURCE note, because then the
 * gap is in the source document and has been acknowledged.
 */
final class EmptyTitleRule implements CheckRule
{
	@Override
	public void check(CheckContext context)
	{
		for (PlanElement element : context.elements(PlanElement.class))
		{
			boolean titled = element instanceof Plan || element instanceof Goal || element instanceof Strategy
					|| element instanceof Measure;
			if (!titled || element.getTitle() != null && !element.getTitle().isBlank())
			{
				continue;
			}
			if (element.isMissingInSource())
			{
				context.report(Severity.INFO, ModelIssueCodes.EMPTY_TITLE, element, ElementLabels.describe(element)
						+ " has no title; the source document has none either (MISSING_IN_SOURCE note)");
			}
			else
			{
				context.report(Severity.WARNING, ModelIssueCodes.EMPTY_TITLE, element,
						ElementLabels.describe(element)
								+ " has no title (add a MISSING_IN_SOURCE note if the source has none)");
			}
		}
	}
}
