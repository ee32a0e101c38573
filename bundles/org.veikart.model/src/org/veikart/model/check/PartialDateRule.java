package org.veikart.model.check;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Plan;
import org.veikart.model.Schedule;

/**
 * ERROR {@link ModelIssueCodes#INVALID_DATE}: {@code Plan.adopted}, {@code Plan.published},
 * {@code Schedule.start} or {@code Schedule.end} is set but not a valid {@link PartialDates partial
 * date}. Unset (null) values are fine; an empty string is not a date.
 */
final class PartialDateRule implements CheckRule
{
	@Override
	public void check(CheckContext context)
	{
		for (EObject element : context.elements())
		{
			if (element instanceof Plan plan)
			{
				check(context, plan, "adopted", plan.getAdopted());
				check(context, plan, "published", plan.getPublished());
			}
			else if (element instanceof Schedule schedule)
			{
				check(context, schedule, "start", schedule.getStart());
				check(context, schedule, "end", schedule.getEnd());
			}
		}
	}

	private static void check(CheckContext context, EObject element, String feature, String value)
	{
		if (value == null)
		{
			return;
		}
		PartialDates.problem(value).ifPresent(problem -> context.report(Severity.ERROR,
				ModelIssueCodes.INVALID_DATE, element, ElementLabels.describe(element) + ": " + feature + " date '"
						+ value + "' is invalid (" + problem + "; allowed: " + PartialDates.FORMS + ")"));
	}
}
