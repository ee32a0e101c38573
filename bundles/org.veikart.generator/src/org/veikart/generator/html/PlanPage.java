package org.veikart.generator.html;

import java.util.ArrayList;
import java.util.List;

import org.veikart.model.Plan;
import org.veikart.model.Period;

/**
 * One plan page: document head (lang="nb", the shared stylesheet, nothing from the network), a skip
 * link, the plan's header (kind, title, period, owner, dates) with the plan id as anchor, a table of
 * contents of the sections that have content (diagrams listed one by one), the sections, a footer.
 */
final class PlanPage {

	private final List<ReportView> views;

	/** @param figures the page's diagrams; none leaves the diagram section out */
	PlanPage(List<ReportFigure> figures) {
		List<ReportView> all = new ArrayList<>();
		all.addAll(StructureViews.all());
		all.add(new IndicatorView());
		all.add(new SdgMatrixView());
		all.add(new TimelineView());
		all.add(new FigureView(figures));
		all.add(new ActorView());
		all.add(new ProseView());
		all.add(new AboutView());
		all.add(new SourceView());
		all.add(new VocabularyView());
		this.views = all;
	}

	String render(PageContext page) {
		Plan plan = page.plan();
		HtmlWriter html = new HtmlWriter();
		Document.start(html, PageContext.label(plan));
		html.open("header", "class", "site").open("nav", "aria-label", "Rapport").link(Document.INDEX, "Alle planer")
				.close("nav").close("header").newline();
		html.open("main", "id", Document.MAIN);
		header(page, html);
		List<ReportView> present = views.stream().filter(v -> v.hasContent(page)).toList();
		toc(page, html, present);
		for (ReportView view : present) {
			html.newline().open("section", "id", view.sectionId(), "aria-labelledby", view.sectionId() + "-tittel", "class", "part");
			html.element("h2", view.title(page), "id", view.sectionId() + "-tittel");
			view.render(page, html);
			html.close("section");
		}
		html.close("main").newline();
		Document.end(html);
		return html.toString();
	}

	private static void header(PageContext page, HtmlWriter html) {
		Plan plan = page.plan();
		html.open("header", "class", "plan-header", "id", page.anchor(plan));
		if (plan.isSetKind()) {
			html.element("p", Labels.of(plan.getKind()), "class", "kind");
		}
		html.element("h1", PageContext.label(plan));
		html.open("dl", "class", "facts");
		fact(html, "Periode", plan.getPeriod() == null ? null : period(plan.getPeriod()));
		if (plan.getOwner() != null) {
			html.element("dt", "Eier").open("dd").link(page.href(plan.getOwner()), PageContext.label(plan.getOwner())).close("dd");
		}
		fact(html, "Vedtatt", join(plan.getAdopted(), plan.getAdoptedBy()));
		fact(html, "Publisert", plan.getPublished());
		fact(html, "Revisjon", plan.getRevisionRule());
		html.close("dl");
		ElementParts.paragraphs(html, plan.getText());
		ElementParts.links(page, html, "Måles med", plan.getMeasuredBy());
		html.close("header");
	}

	private static void toc(PageContext page, HtmlWriter html, List<ReportView> present) {
		html.open("nav", "class", "toc", "aria-labelledby", "innhold-tittel").element("h2", "Innhold", "id", "innhold-tittel");
		html.open("ol");
		for (ReportView view : present) {
			html.open("li").link("#" + view.sectionId(), view.title(page));
			if (view instanceof FigureView figures) {
				html.open("ol");
				for (ReportFigure figure : figures.figures()) {
					html.open("li").link("#diagram-" + figure.key(), figure.title()).close("li");
				}
				html.close("ol");
			}
			html.close("li");
		}
		html.close("ol").close("nav");
	}

	private static void fact(HtmlWriter html, String term, String value) {
		if (value != null && !value.isBlank()) {
			html.element("dt", term).element("dd", value);
		}
	}

	/** @return the period as written, else "2022–2030" */
	static String period(Period period) {
		if (period.getLabel() != null && !period.getLabel().isBlank()) {
			return period.getLabel();
		}
		return (period.getStartYear() == null ? "" : period.getStartYear()) + "–" + (period.getEndYear() == null ? "" : period.getEndYear());
	}

	private static String join(String a, String b) {
		return a == null ? b : b == null ? a : a + " (" + b + ")";
	}
}
