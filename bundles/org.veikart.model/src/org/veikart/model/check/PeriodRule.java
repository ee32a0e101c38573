package org.veikart.model.check;

import org.veikart.model.Period;

/**
 * ERROR {@link ModelIssueCodes#INVALID_PERIOD}: a {@link Period} whose start year is after its end
 * year. Periods with only one (or neither) year set are fine.
 */
final class PeriodRule implements CheckRule
{
	@Override
	public void check(CheckContext context)
	{
		for (Period period : context.elements(Period.class))
		{
			Integer start = period.getStartYear();
			Integer end = period.getEndYear();
			if (start != null && end != null && start > end)
			{
				context.report(Severity.ERROR, ModelIssueCodes.INVALID_PERIOD, period,
						ElementLabels.describe(period) + ": start year " + start + " is after end year " + end);
			}
		}
	}
}
