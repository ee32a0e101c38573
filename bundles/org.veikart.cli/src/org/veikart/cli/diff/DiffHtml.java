package org.veikart.cli.diff;

import java.util.List;
import java.util.Locale;

import org.veikart.model.PlanElement;
import org.veikart.model.text.HtmlEscape;
import org.veikart.templates.diff.ElementChange;
import org.veikart.templates.diff.FeatureChange;
import org.veikart.templates.diff.Move;
import org.veikart.templates.diff.PlanDiff;
import org.veikart.templates.instantiate.Slots;

/**
 * The HTML form of a plan diff: one self-contained page ({@code lang="nb"}, inline style, no
 * scripts) with the summary and a table per category. Every value from the plans goes through
 * {@link HtmlEscape}.
 */
final class DiffHtml {

	private DiffHtml() {
	}

	static String render(PlanDiff diff, String a, String b) {
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<title>Forskjeller: ");
		HtmlEscape.append(out, a + " – " + b);
		out.append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
				+ "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
				+ ".old{background:#fdd}.new{background:#dfd}</style>\n</head>\n<body>\n<h1>Forskjeller mellom planer</h1>\n<p>");
		HtmlEscape.append(out, a);
		out.append(" → ");
		HtmlEscape.append(out, b);
		out.append("</p>\n<p>");
		HtmlEscape.append(out, Summary.of(diff));
		out.append("</p>\n");
		elements(out, "Fjernet (removed)", diff.removed(), "old");
		elements(out, "Lagt til (added)", diff.added(), "new");
		out.append("<h2>Endret (changed)</h2>\n<table>\n<tr><th>Element</th><th>Egenskap</th><th>Før</th><th>Etter</th></tr>\n");
		for (ElementChange change : diff.changed()) {
			for (FeatureChange feature : change.changes()) {
				out.append("<tr><td>");
				HtmlEscape.append(out, DiffText.describe(change.match().a()));
				out.append("</td><td>");
				HtmlEscape.append(out, feature.feature());
				out.append("</td><td class=\"old\">");
				HtmlEscape.append(out, feature.oldValue() == null ? "" : feature.oldValue());
				out.append("</td><td class=\"new\">");
				HtmlEscape.append(out, feature.newValue() == null ? "" : feature.newValue());
				out.append("</td></tr>\n");
			}
		}
		out.append("</table>\n<h2>Flyttet (moved)</h2>\n<table>\n<tr><th>Element</th><th>Fra</th><th>Til</th></tr>\n");
		for (Move move : diff.moved()) {
			out.append("<tr><td>");
			HtmlEscape.append(out, DiffText.describe(move.match().a()));
			out.append("</td><td>");
			HtmlEscape.append(out, Slots.describe(move.oldParent()));
			out.append("</td><td>");
			HtmlEscape.append(out, Slots.describe(move.newParent()));
			out.append("</td></tr>\n");
		}
		return out.append("</table>\n</body>\n</html>\n").toString();
	}

	private static void elements(StringBuilder out, String heading, List<PlanElement> elements, String style) {
		out.append("<h2>").append(heading).append("</h2>\n<table>\n<tr><th>Type</th><th>Id</th><th>Tittel</th></tr>\n");
		for (PlanElement element : elements) {
			out.append("<tr class=\"").append(style).append("\"><td>");
			HtmlEscape.append(out, Slots.word(element.eClass()).toLowerCase(Locale.ROOT));
			out.append("</td><td>");
			HtmlEscape.append(out, element.getId());
			out.append("</td><td>");
			HtmlEscape.append(out, element.getTitle() == null ? "" : element.getTitle());
			out.append("</td></tr>\n");
		}
		out.append("</table>\n");
	}
}
