package org.veikart.generator.html;

import org.veikart.model.Source;

/** The plan's source list: author, title (linked when its address is safe), year. */
final class SourceView implements ReportView {

	@Override
	public String sectionId() {
		return "del-kilder";
	}

	@Override
	public String title(PageContext page) {
		return "Kilder";
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !page.plan().getSources().isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		html.open("ol", "class", "sources");
		for (Source source : page.plan().getSources()) {
			html.open("li", "id", page.anchor(source));
			if (source.getAuthor() != null) {
				html.text(source.getAuthor() + ": ");
			}
			html.open("cite").link(source.getUrl(), source.getTitle()).close("cite");
			if (source.getYear() != null) {
				html.text(" (" + source.getYear() + ")");
			}
			ElementParts.notes(html, source.getNotes());
			html.close("li");
		}
		html.close("ol");
	}
}
