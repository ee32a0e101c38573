package org.veikart.generator.html;

import org.veikart.model.DocumentRelation;
import org.veikart.model.PlanPart;

/** About the document: its parts (with period and revision rule), its relations to other documents, its notes. */
final class AboutView implements ReportView {

	@Override
	public String sectionId() {
		return "del-om";
	}

	@Override
	public String title(PageContext page) {
		return "Om planen";
	}

	@Override
	public boolean hasContent(PageContext page) {
		var plan = page.plan();
		return !plan.getParts().isEmpty() || !plan.getRelations().isEmpty() || !plan.getNotes().isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		var plan = page.plan();
		if (!plan.getParts().isEmpty()) {
			html.element("h3", "Deler");
			html.open("ul", "class", "parts");
			for (PlanPart part : plan.getParts()) {
				html.open("li", "id", page.anchor(part)).element("strong", part.getTitle());
				String kind = part.getKind() == null ? "" : Labels.of(part.getKind());
				String period = part.getPeriod() == null ? "" : PlanPage.period(part.getPeriod());
				html.text(" " + String.join(", ", java.util.stream.Stream.of(kind, period, part.getRevisionRule())
						.filter(s -> s != null && !s.isBlank()).toList()));
				ElementParts.links(page, html, "Omfatter", part.getElements());
				html.close("li");
			}
			html.close("ul");
		}
		if (!plan.getRelations().isEmpty()) {
			html.element("h3", "Forhold til andre dokumenter");
			html.open("ul", "class", "relations");
			for (DocumentRelation relation : plan.getRelations()) {
				html.open("li", "id", page.anchor(relation)).element("span", Labels.of(relation.getKind()) + ": ", "class", "label");
				if (relation.getTargetPlan() != null && page.href(relation.getTargetPlan()) != null) {
					html.link(page.href(relation.getTargetPlan()), PageContext.label(relation.getTargetPlan()));
					if (relation.getDocumentTitle() != null) {
						html.text(" («" + relation.getDocumentTitle() + "»)");
					}
				} else if (relation.getUrl() != null) {
					html.link(relation.getUrl(), relation.getDocumentTitle() != null ? relation.getDocumentTitle() : relation.getUrl());
				} else {
					html.text(relation.getDocumentTitle() != null ? relation.getDocumentTitle()
							: relation.getTargetPlan() != null ? PageContext.label(relation.getTargetPlan()) : "");
				}
				ElementParts.notes(html, relation.getNotes());
				html.close("li");
			}
			html.close("ul");
		}
		if (!plan.getNotes().isEmpty()) {
			html.element("h3", "Merknader");
			ElementParts.notes(html, plan.getNotes());
		}
	}
}
