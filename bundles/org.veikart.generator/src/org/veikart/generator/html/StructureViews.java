package org.veikart.generator.html;

import java.util.List;

import org.veikart.model.FocusArea;
import org.veikart.model.TermLevel;

/**
 * The views of the plan's structure: the goal tree, the focus areas with their strategies and
 * measures, and strategies and measures placed directly under the plan.
 */
final class StructureViews {

	private StructureViews() {
	}

	/** @return the four structure views in page order */
	static List<ReportView> all() {
		return List.of(new Goals(), new FocusAreas(), new Strategies(), new Measures());
	}

	/** The goal tree: vision, ambitions, main goals with sub-goals, effect goals and their strategies. */
	static final class Goals implements ReportView {
		@Override
		public String sectionId() {
			return "del-mal";
		}

		@Override
		public String title(PageContext page) {
			return "Mål";
		}

		@Override
		public boolean hasContent(PageContext page) {
			return !page.plan().getGoals().isEmpty();
		}

		@Override
		public void render(PageContext page, HtmlWriter html) {
			Tree.goals(page, html, page.plan().getGoals());
		}
	}

	/** Focus areas, each with its goals, strategies, measures and sub-areas. */
	static final class FocusAreas implements ReportView {
		@Override
		public String sectionId() {
			return "del-innsatsomrader";
		}

		@Override
		public String title(PageContext page) {
			return page.terms().plural(TermLevel.FOCUS_AREA);
		}

		@Override
		public boolean hasContent(PageContext page) {
			return !page.plan().getFocusAreas().isEmpty();
		}

		@Override
		public void render(PageContext page, HtmlWriter html) {
			for (FocusArea area : page.plan().getFocusAreas()) {
				Tree.area(page, html, area, 3);
			}
		}
	}

	/** Strategies placed directly under the plan. */
	static final class Strategies implements ReportView {
		@Override
		public String sectionId() {
			return "del-strategier";
		}

		@Override
		public String title(PageContext page) {
			return page.terms().plural(TermLevel.STRATEGY);
		}

		@Override
		public boolean hasContent(PageContext page) {
			return !page.plan().getStrategies().isEmpty();
		}

		@Override
		public void render(PageContext page, HtmlWriter html) {
			Tree.strategies(page, html, page.plan().getStrategies(), TermLevel.STRATEGY);
		}
	}

	/** Measures placed directly under the plan. */
	static final class Measures implements ReportView {
		@Override
		public String sectionId() {
			return "del-tiltak";
		}

		@Override
		public String title(PageContext page) {
			return page.terms().plural(TermLevel.MEASURE);
		}

		@Override
		public boolean hasContent(PageContext page) {
			return !page.plan().getMeasures().isEmpty();
		}

		@Override
		public void render(PageContext page, HtmlWriter html) {
			Tree.measures(page, html, page.plan().getMeasures());
		}
	}
}
