package org.veikart.generator.html;

import org.veikart.model.Term;

/** The plan's own words for its levels (the vocabulary), as a table. */
final class VocabularyView implements ReportView {

	@Override
	public String sectionId() {
		return "del-begreper";
	}

	@Override
	public String title(PageContext page) {
		return "Planens begreper";
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !page.plan().getVocabulary().isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		html.open("table", "class", "vocabulary").element("caption", "Ordene planen bruker for sine nivåer");
		html.open("thead").open("tr").element("th", "Nivå", "scope", "col").element("th", "Entall", "scope", "col")
				.element("th", "Flertall", "scope", "col").close("tr").close("thead").open("tbody");
		for (Term term : page.plan().getVocabulary()) {
			html.open("tr").element("th", term.getLevel() == null ? "" : Labels.of(term.getLevel()), "scope", "row")
					.element("td", term.getSingular()).element("td", term.getPlural()).close("tr");
		}
		html.close("tbody").close("table");
	}
}
