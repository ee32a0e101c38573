package org.veikart.generator.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.veikart.model.Direction;
import org.veikart.model.Indicator;
import org.veikart.model.IndicatorStatus;
import org.veikart.model.Measurement;
import org.veikart.model.TermLevel;
import org.veikart.model.Threshold;

/**
 * The indicators, each with its facts, the elements it measures, and a table of baseline, targets and
 * actual values. An actual value's status comes from the indicator's thresholds and is shown as a
 * coloured label whose text says the status (colour is never the only signal).
 */
final class IndicatorView implements ReportView {

	@Override
	public String sectionId() {
		return "del-indikatorer";
	}

	@Override
	public String title(PageContext page) {
		return page.terms().plural(TermLevel.INDICATOR);
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !page.plan().getIndicators().isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		for (Indicator indicator : page.plan().getIndicators()) {
			html.open("article", "class", "indicator");
			ElementParts.heading(page, html, "h3", indicator, null);
			facts(html, indicator);
			ElementParts.links(page, html, "Måler", page.measuring(indicator));
			table(html, indicator);
			ElementParts.body(page, html, indicator);
			html.close("article");
		}
	}

	private static void facts(HtmlWriter html, Indicator indicator) {
		html.open("dl", "class", "facts");
		fact(html, "Enhet", indicator.getUnit());
		fact(html, "Retning", indicator.getDirection() == Direction.UNSPECIFIED ? null : Labels.of(indicator.getDirection()));
		fact(html, "Kilde", indicator.getSourceActor() != null ? PageContext.label(indicator.getSourceActor()) : indicator.getSource());
		fact(html, "Hyppighet", indicator.getFrequency());
		html.close("dl");
	}

	private static void fact(HtmlWriter html, String term, String value) {
		if (value != null && !value.isBlank()) {
			html.element("dt", term).element("dd", value);
		}
	}

	private static void table(HtmlWriter html, Indicator indicator) {
		List<Object[]> rows = new ArrayList<>();
		if (indicator.getBaseline() != null) {
			rows.add(new Object[] { "Utgangspunkt", indicator.getBaseline() });
		}
		indicator.getTargets().forEach(m -> rows.add(new Object[] { "Mål", m }));
		indicator.getActuals().forEach(m -> rows.add(new Object[] { "Faktisk", m }));
		if (rows.isEmpty()) {
			return;
		}
		html.open("table", "class", "values").element("caption", "Verdier for " + indicator.getTitle());
		html.open("thead").open("tr");
		for (String column : List.of("Verdi", "År eller periode", "Tall", "Som skrevet", "Sammenlignet med", "Status")) {
			html.element("th", column, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (Object[] row : rows) {
			Measurement m = (Measurement) row[1];
			html.open("tr").element("th", (String) row[0], "scope", "row");
			html.element("td", m.getYear() != null ? String.valueOf(m.getYear()) : m.getPeriod());
			html.element("td", m.getValue() == null ? "" : m.getValue().toPlainString(), "class", "number");
			html.element("td", m.getValueText());
			html.element("td", m.getComparison());
			html.open("td");
			IndicatorStatus status = "Faktisk".equals(row[0]) ? status(indicator, m.getValue()) : null;
			if (status != null) {
				html.element("span", Labels.of(status), "class", "status status-" + status.getName().toLowerCase().replace('_', '-'));
			}
			html.close("td").close("tr");
		}
		html.close("tbody").close("table");
	}

	/** @return the status whose threshold contains the value (lower inclusive, upper exclusive), or null */
	static IndicatorStatus status(Indicator indicator, BigDecimal value) {
		if (value == null) {
			return null;
		}
		for (Threshold threshold : indicator.getThresholds()) {
			boolean aboveLower = threshold.getLowerBound() == null || value.compareTo(threshold.getLowerBound()) >= 0;
			boolean belowUpper = threshold.getUpperBound() == null || value.compareTo(threshold.getUpperBound()) < 0;
			if (aboveLower && belowUpper && threshold.getStatus() != null) {
				return threshold.getStatus();
			}
		}
		return null;
	}
}
