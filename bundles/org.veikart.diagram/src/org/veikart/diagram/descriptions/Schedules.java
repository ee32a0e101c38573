package org.veikart.diagram.descriptions;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.layout.YearSpan;
import org.veikart.model.Measure;
import org.veikart.model.Period;
import org.veikart.model.Plan;
import org.veikart.model.Recurrence;
import org.veikart.model.Schedule;

/**
 * The years a measure runs in for the timeline: its schedule's explicit years, else the years of its
 * start and end dates (partial ISO dates; a missing end means the start year only), else the plan
 * period (marked as not scheduled; every year of it for a measure that recurs annually). Null when
 * none of these is known.
 */
public final class Schedules {

    private Schedules() {
    }

    /** @return the span of a measure (other elements: null) */
    public static YearSpan span(EObject element) {
        if (!(element instanceof Measure measure)) {
            return null;
        }
        Schedule schedule = measure.getSchedule();
        if (schedule != null && !schedule.getYears().isEmpty()) {
            int first = schedule.getYears().stream().mapToInt(Integer::intValue).min().getAsInt();
            int last = schedule.getYears().stream().mapToInt(Integer::intValue).max().getAsInt();
            return YearSpan.of(first, last, true);
        }
        Integer start = schedule == null ? null : year(schedule.getStart());
        Integer end = schedule == null ? null : year(schedule.getEnd());
        if (start != null || end != null) {
            int first = start != null ? start : end;
            int last = end != null ? Math.max(end, first) : first;
            return YearSpan.of(first, last, true);
        }
        YearSpan period = planPeriod(PlanElements.planOf(measure));
        return period != null && measure.getRecurrence() == Recurrence.ANNUAL
                ? new YearSpan(period.first(), period.last(), false, true) : period;
    }

    private static YearSpan planPeriod(Plan plan) {
        Period period = plan == null ? null : plan.getPeriod();
        if (period == null || period.getStartYear() == null || period.getStartYear() <= 0) {
            return null;
        }
        int end = period.getEndYear() == null || period.getEndYear() < period.getStartYear() ? period.getStartYear() : period.getEndYear();
        return YearSpan.of(period.getStartYear(), end, false);
    }

    /** @return the year of a partial ISO date ("2023", "2023-05"), or null */
    static Integer year(String date) {
        if (date == null || date.length() < 4) {
            return null;
        }
        try {
            return Integer.valueOf(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
