package org.veikart.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Measurement;
import org.veikart.model.Period;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.PlanPart;
import org.veikart.model.Schedule;
import org.veikart.model.VeikartPackage;

/**
 * WARNING {@link PlanIssueCodes#TARGET_OUTSIDE_PERIOD} and {@link PlanIssueCodes#SCHEDULE_OUTSIDE_PERIOD}:
 * an indicator target year, or a measure's scheduled year, start or end, outside the period that
 * applies to the element. That period is the period of a plan part listing the element (or one of its
 * containers) in {@code elements}, else the plan's period. Open ends (only a start or an end year)
 * are checked on the side that is set; inverted periods are not used (the model checker reports them). Warnings, because plans do set targets beyond their own period.
 */
final class PeriodChecks {

	/** A period with the part it belongs to (null for the plan's own period). */
	record Applicable(Period period, PlanPart part) {

		boolean contains(int year) {
			Integer start = period.getStartYear();
			Integer end = period.getEndYear();
			return (start == null || year >= start) && (end == null || year <= end);
		}

		String describe() {
			Integer start = period.getStartYear();
			Integer end = period.getEndYear();
			String years = start != null && end != null ? start + "-" + end
					: start != null ? "from " + start : "until " + end;
			return part == null ? "the plan period " + years
					: "the period " + years + " of part '" + part.getId() + "'";
		}
	}

	private PeriodChecks() {
	}

	static void checkTargets(Indicator indicator, ValidationMessageAcceptor acceptor) {
		applicablePeriod(indicator).ifPresent(applicable -> {
			for (Measurement target : indicator.getTargets()) {
				Integer year = target.getYear();
				if (year != null && !applicable.contains(year)) {
					acceptor.acceptWarning("Target year " + year + " of " + PlanValidator.describe(indicator)
							+ " is outside " + applicable.describe() + ".", target,
							VeikartPackage.Literals.MEASUREMENT__YEAR, ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
							PlanIssueCodes.TARGET_OUTSIDE_PERIOD);
				}
			}
		});
	}

	static void checkSchedule(Measure measure, ValidationMessageAcceptor acceptor) {
		Schedule schedule = measure.getSchedule();
		if (schedule == null) {
			return;
		}
		applicablePeriod(measure).ifPresent(applicable -> {
			String name = PlanValidator.describeAtStart(measure);
			List<Integer> years = schedule.getYears();
			for (int i = 0; i < years.size(); i++) {
				if (!applicable.contains(years.get(i))) {
					acceptor.acceptWarning(name + " is scheduled in " + years.get(i) + ", outside "
							+ applicable.describe() + ".", schedule, VeikartPackage.Literals.SCHEDULE__YEARS, i,
							PlanIssueCodes.SCHEDULE_OUTSIDE_PERIOD);
				}
			}
			checkDate(name + " starts", schedule.getStart(), schedule, VeikartPackage.Literals.SCHEDULE__START,
					applicable, acceptor);
			checkDate(name + " ends", schedule.getEnd(), schedule, VeikartPackage.Literals.SCHEDULE__END, applicable,
					acceptor);
		});
	}

	private static void checkDate(String what, String date, Schedule schedule,
			org.eclipse.emf.ecore.EAttribute feature, Applicable applicable, ValidationMessageAcceptor acceptor) {
		Integer year = yearOf(date);
		if (year != null && !applicable.contains(year)) {
			acceptor.acceptWarning(what + " in " + date + ", outside " + applicable.describe() + ".", schedule, feature,
					ValidationMessageAcceptor.INSIGNIFICANT_INDEX, PlanIssueCodes.SCHEDULE_OUTSIDE_PERIOD);
		}
	}

	/** @return the year of a partial ISO date ("2022", "2022-05"), or null if it has none */
	static Integer yearOf(String date) {
		if (date == null || date.length() < 4) {
			return null;
		}
		String year = date.substring(0, 4);
		return year.chars().allMatch(Character::isDigit) ? Integer.valueOf(year) : null;
	}

	/** @return the period that applies to the element, if a part or the plan sets one with a year */
	static Optional<Applicable> applicablePeriod(PlanElement element) {
		if (!(EcoreUtil.getRootContainer(element) instanceof Plan plan)) {
			return Optional.empty();
		}
		for (PlanPart part : plan.getParts()) {
			if (hasYear(part.getPeriod()) && listsElementOrContainer(part, element)) {
				return Optional.of(new Applicable(part.getPeriod(), part));
			}
		}
		return hasYear(plan.getPeriod()) ? Optional.of(new Applicable(plan.getPeriod(), null)) : Optional.empty();
	}

	private static boolean listsElementOrContainer(PlanPart part, EObject element) {
		for (EObject listed : part.getElements()) {
			if (!listed.eIsProxy() && (listed == element || EcoreUtil.isAncestor(listed, element))) {
				return true;
			}
		}
		return false;
	}

	/** @return true for a period with a year that is not inverted (those are the model checker's error) */
	private static boolean hasYear(Period period) {
		if (period == null || period.getStartYear() == null && period.getEndYear() == null) {
			return false;
		}
		return period.getStartYear() == null || period.getEndYear() == null || period.getStartYear() <= period.getEndYear();
	}
}
