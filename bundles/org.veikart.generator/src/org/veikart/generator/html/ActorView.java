package org.veikart.generator.html;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Actor;

/**
 * The actors: the plan's own and those of shared files that the plan refers to (owner, responsible,
 * partners, indicator sources), as a table with name, kind, other names, parent body and web site.
 */
final class ActorView implements ReportView {

	@Override
	public String sectionId() {
		return "del-aktorer";
	}

	@Override
	public String title(PageContext page) {
		return "Aktører";
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !page.actors().isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		html.open("table", "class", "actors").element("caption", "Aktører i planen");
		html.open("thead").open("tr");
		for (String column : new String[] { "Navn", "Type", "Også kalt", "Del av", "Nettside", "Kilde" }) {
			html.element("th", column, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (Actor actor : page.actors()) {
			html.open("tr").element("th", actor.getName(), "scope", "row", "id", page.anchor(actor));
			html.element("td", actor.getKind() == null ? "" : Labels.of(actor.getKind()));
			html.element("td", String.join(", ", actor.getAliases()));
			html.open("td");
			if (actor.getPartOf() != null) {
				html.link(page.href(actor.getPartOf()), PageContext.label(actor.getPartOf()));
			}
			html.close("td").open("td").link(actor.getUrl(), actor.getUrl()).close("td");
			html.element("td", EcoreUtil.getRootContainer(actor) == page.plan() ? "Denne planen" : "Felles aktørregister");
			html.close("tr");
		}
		html.close("tbody").close("table");
	}
}
