package org.veikart.generator.html;

import java.util.stream.Collectors;

import org.veikart.model.Cost;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Priority;
import org.veikart.model.Recurrence;
import org.veikart.model.Schedule;

/** The facts of a measure (responsible, partners, schedule, recurrence, status, priority, cost) as a definition list. */
final class MeasureFacts {

	private MeasureFacts() {
	}

	static void write(PageContext page, HtmlWriter html, Measure measure) {
		if (!hasFacts(measure)) {
			return;
		}
		html.open("dl", "class", "facts");
		if (measure.getResponsible() != null) {
			html.element("dt", "Ansvarlig").open("dd")
					.link(page.href(measure.getResponsible()), PageContext.label(measure.getResponsible())).close("dd");
		}
		if (!measure.getPartners().isEmpty()) {
			html.element("dt", "Samarbeidspartnere").open("dd");
			for (int i = 0; i < measure.getPartners().size(); i++) {
				html.text(i > 0 ? ", " : "").link(page.href(measure.getPartners().get(i)), PageContext.label(measure.getPartners().get(i)));
			}
			html.close("dd");
		}
		if (measure.getSchedule() != null) {
			html.element("dt", "Tidsplan").element("dd", schedule(measure.getSchedule()));
		}
		if (measure.getRecurrence() != Recurrence.NONE || measure.getRecurrenceText() != null) {
			html.element("dt", "Gjentakelse").element("dd", measure.getRecurrenceText() != null
					? measure.getRecurrenceText() : Labels.of(measure.getRecurrence()));
		}
		if (measure.getStatus() != MeasureStatus.UNSPECIFIED) {
			html.element("dt", "Status").element("dd", Labels.of(measure.getStatus()));
		}
		if (measure.getPriority() != Priority.UNSPECIFIED) {
			html.element("dt", "Prioritet").element("dd", Labels.of(measure.getPriority()));
		}
		if (measure.getCost() != null) {
			html.element("dt", "Kostnad").element("dd", cost(measure.getCost()));
		}
		html.close("dl");
	}

	private static boolean hasFacts(Measure m) {
		return m.getResponsible() != null || !m.getPartners().isEmpty() || m.getSchedule() != null
				|| m.getRecurrence() != Recurrence.NONE || m.getRecurrenceText() != null
				|| m.getStatus() != MeasureStatus.UNSPECIFIED || m.getPriority() != Priority.UNSPECIFIED || m.getCost() != null;
	}

	/** @return the schedule as written, else its years or start-end */
	static String schedule(Schedule schedule) {
		if (schedule.getText() != null && !schedule.getText().isBlank()) {
			return schedule.getText();
		}
		if (!schedule.getYears().isEmpty()) {
			return schedule.getYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return (schedule.getStart() == null ? "" : schedule.getStart()) + "–" + (schedule.getEnd() == null ? "" : schedule.getEnd());
	}

	private static String cost(Cost cost) {
		if (cost.getText() != null && !cost.getText().isBlank()) {
			return cost.getText();
		}
		return cost.getAmount() == null ? "" : cost.getAmount().toPlainString() + " " + (cost.getCurrency() == null ? "" : cost.getCurrency());
	}
}
