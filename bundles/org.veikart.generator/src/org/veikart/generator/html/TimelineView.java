package org.veikart.generator.html;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Measure;
import org.veikart.model.Period;
import org.veikart.model.Recurrence;
import org.veikart.model.Schedule;
import org.veikart.model.TermLevel;

/**
 * The action-plan timeline: every measure of the plan (in document order) against the years of the
 * plan period and of the measures' schedules. A marked cell carries the text "Ja" (visually a bar);
 * a measure without a schedule says so, and a yearly measure without one is marked in every year of
 * the plan period and labelled as yearly.
 */
final class TimelineView implements ReportView {

	private static final int MAX_YEARS = 40;

	@Override
	public String sectionId() {
		return "del-tidsplan";
	}

	@Override
	public String title(PageContext page) {
		return "Tidsplan for " + page.terms().plural(TermLevel.MEASURE).toLowerCase();
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !measures(page).isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		List<Measure> measures = measures(page);
		List<Integer> years = years(page, measures);
		html.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label", title(page));
		html.open("table", "class", "timeline").element("caption", page.terms().plural(TermLevel.MEASURE) + " per år");
		html.open("thead").open("tr").element("th", page.terms().singular(TermLevel.MEASURE), "scope", "col");
		for (Integer year : years) {
			html.element("th", String.valueOf(year), "scope", "col");
		}
		html.element("th", "Tidsplan", "scope", "col").close("tr").close("thead").open("tbody");
		for (Measure measure : measures) {
			html.open("tr").open("th", "scope", "row").link(page.href(measure), PageContext.label(measure)).close("th");
			for (Integer year : years) {
				if (activeIn(page, measure, year)) {
					html.open("td", "class", "active").element("span", "Ja", "class", "bar").close("td");
				} else {
					html.element("td", "");
				}
			}
			html.element("td", describe(measure)).close("tr");
		}
		html.close("tbody").close("table").close("div");
	}

	private static String describe(Measure measure) {
		if (measure.getSchedule() != null) {
			return MeasureFacts.schedule(measure.getSchedule());
		}
		if (measure.getRecurrence() == Recurrence.ANNUAL) {
			return measure.getRecurrenceText() != null ? measure.getRecurrenceText() : "Årlig";
		}
		return "Ikke oppgitt";
	}

	static boolean activeIn(PageContext page, Measure measure, int year) {
		Schedule schedule = measure.getSchedule();
		if (schedule != null) {
			if (schedule.getYears().contains(year)) {
				return true;
			}
			Integer start = year(schedule.getStart());
			Integer end = year(schedule.getEnd());
			return (start != null || end != null) && (start == null || start <= year) && (end == null || year <= end);
		}
		Period period = page.plan().getPeriod();
		return measure.getRecurrence() == Recurrence.ANNUAL && period != null && period.getStartYear() != null
				&& period.getStartYear() <= year && (period.getEndYear() == null || year <= period.getEndYear());
	}

	private static List<Integer> years(PageContext page, List<Measure> measures) {
		TreeSet<Integer> years = new TreeSet<>();
		Period period = page.plan().getPeriod();
		if (period != null && period.getStartYear() != null && period.getEndYear() != null
				&& period.getEndYear() - period.getStartYear() < MAX_YEARS) {
			for (int y = period.getStartYear(); y <= period.getEndYear(); y++) {
				years.add(y);
			}
		}
		for (Measure measure : measures) {
			Schedule schedule = measure.getSchedule();
			if (schedule != null) {
				years.addAll(schedule.getYears());
				Integer start = year(schedule.getStart());
				Integer end = year(schedule.getEnd());
				if (start != null && end != null && end >= start && end - start < MAX_YEARS) {
					for (int y = start; y <= end; y++) {
						years.add(y);
					}
				}
			}
		}
		return new ArrayList<>(years).subList(0, Math.min(years.size(), MAX_YEARS));
	}

	/** @return the year of a partial ISO date ("2022", "2022-05"), or null */
	private static Integer year(String date) {
		if (date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(date.substring(0, 4));
	}

	private static List<Measure> measures(PageContext page) {
		List<Measure> result = new ArrayList<>();
		for (Iterator<EObject> it = page.plan().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Measure measure) {
				result.add(measure);
			}
		}
		return result;
	}
}
