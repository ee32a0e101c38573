package org.veikart.generator.html;

import java.util.List;
import java.util.Map;

import org.veikart.model.ActorRegistry;
import org.veikart.model.Plan;

/** The report's start page: every plan with kind, period and owner, linked to its page; then the shared actor registries. */
final class IndexPage {

	private IndexPage() {
	}

	static String render(Map<Plan, String> pages, List<ActorRegistry> registries) {
		HtmlWriter html = new HtmlWriter();
		Document.start(html, "Planer");
		html.open("main", "id", Document.MAIN).element("h1", "Planer");
		html.open("table", "class", "plans").element("caption", "Planene i rapporten");
		html.open("thead").open("tr");
		for (String column : new String[] { "Plan", "Type", "Periode", "Eier" }) {
			html.element("th", column, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (Map.Entry<Plan, String> entry : pages.entrySet()) {
			Plan plan = entry.getKey();
			html.open("tr").open("th", "scope", "row").link(entry.getValue(), PageContext.label(plan)).close("th");
			html.element("td", plan.isSetKind() ? Labels.of(plan.getKind()) : "");
			html.element("td", plan.getPeriod() == null ? "" : PlanPage.period(plan.getPeriod()));
			html.element("td", plan.getOwner() == null || plan.getOwner().eIsProxy() ? "" : plan.getOwner().getName());
			html.close("tr");
		}
		html.close("tbody").close("table");
		if (!registries.isEmpty()) {
			html.element("h2", "Felles aktørregistre").open("ul");
			for (ActorRegistry registry : registries) {
				html.element("li", (registry.getTitle() == null ? registry.getId() : registry.getTitle())
						+ " (" + registry.getActors().size() + " aktører)");
			}
			html.close("ul");
		}
		html.close("main");
		Document.end(html);
		return html.toString();
	}
}
