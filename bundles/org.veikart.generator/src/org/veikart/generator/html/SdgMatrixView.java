package org.veikart.generator.html;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgRelationKind;
import org.veikart.sdg.Sdgs;

/**
 * The SDG coverage matrix: one row per plan element that refers to an SDG, one column per goal
 * (headed by the goal's number on its official colour, with its name as text for screen readers and
 * as tooltip) and one for references whose goal is not given. A cell says in a word which relation
 * (or which target) it is; a dot alone is never the only information.
 */
final class SdgMatrixView implements ReportView {

	@Override
	public String sectionId() {
		return "del-barekraftsmal";
	}

	@Override
	public String title(PageContext page) {
		return "FNs bærekraftsmål";
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !rows(page).isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		List<SdgGoal> goals = Sdgs.catalogue().getGoals();
		html.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label", "Dekning av bærekraftsmålene");
		html.open("table", "class", "sdg-matrix").element("caption", "Hvilke bærekraftsmål planens elementer viser til");
		html.open("thead").open("tr").element("th", "Element", "scope", "col");
		for (SdgGoal goal : goals) {
			html.open("th", "scope", "col", "class", "sdg-col", "style", Colours.style(goal.getColour()), "title", goal.getNameNb())
					.text(String.valueOf(goal.getNumber())).element("span", " " + goal.getNameNb(), "class", "visually-hidden")
					.close("th");
		}
		html.element("th", "Ikke angitt", "scope", "col").close("tr").close("thead").open("tbody");
		for (PlanElement element : rows(page)) {
			html.open("tr").open("th", "scope", "row").link(page.href(element), PageContext.label(element)).close("th");
			for (SdgGoal goal : goals) {
				cell(html, element, goal);
			}
			cell(html, element, null);
			html.close("tr");
		}
		html.close("tbody").close("table").close("div");
		legend(html);
	}

	/** Explains the one-letter relation codes of the cells. */
	private static void legend(HtmlWriter html) {
		List<String> entries = new ArrayList<>();
		for (SdgRelationKind kind : SdgRelationKind.VALUES) {
			entries.add(code(kind) + " = " + Labels.of(kind));
		}
		html.element("p", "● viser til målet: " + String.join(", ", entries) + "; tall som 8.2 er delmål.", "class", "sdg-legend");
	}

	private static void cell(HtmlWriter html, PlanElement element, SdgGoal goal) {
		List<String> hits = new ArrayList<>();
		for (SdgReference reference : element.getSdgReferences()) {
			SdgGoal referenced = reference.getGoal() != null ? reference.getGoal()
					: reference.getTarget() != null ? (SdgGoal) reference.getTarget().eContainer() : null;
			boolean match = goal == null ? referenced == null : referenced != null && referenced.getNumber() == goal.getNumber();
			if (match) {
				hits.add(reference.getTarget() != null ? reference.getTarget().getCode() : shortKind(reference));
			}
		}
		if (hits.isEmpty()) {
			// (the codes are explained in the legend below the table)
			html.element("td", "");
			return;
		}
		html.open("td", "class", "hit").element("span", "●", "aria-hidden", "true")
				.element("span", String.join(", ", hits), "class", "hit-text").close("td");
	}

	/**
	 * @return a one-letter code for the relation ("F" for "Forankret i"), explained in the legend: a cell
	 *         is about 2.5em wide, where even one word would break inside
	 */
	private static String shortKind(SdgReference reference) {
		return code(reference.getKind());
	}

	/** @return the first letter of the label's main word: B(idrar til), F(orankret i), S(tøtter), K (I konflikt med) */
	static String code(SdgRelationKind kind) {
		String label = Labels.of(kind);
		String main = label.startsWith("I ") ? label.substring(2) : label;
		if (main.isEmpty()) {
			return ""; // no relation stated: the dot says enough
		}
		return main.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
	}

	private static List<PlanElement> rows(PageContext page) {
		List<PlanElement> rows = new ArrayList<>();
		if (!page.plan().getSdgReferences().isEmpty()) {
			rows.add(page.plan());
		}
		for (Iterator<EObject> it = page.plan().eAllContents(); it.hasNext();) {
			if (it.next() instanceof PlanElement element && !element.getSdgReferences().isEmpty()) {
				rows.add(element);
			}
		}
		return rows;
	}
}
