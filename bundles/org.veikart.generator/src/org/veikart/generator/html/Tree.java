package org.veikart.generator.html;

import java.util.List;

import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Measure;
import org.veikart.model.Strategy;
import org.veikart.model.TermLevel;

/**
 * The nested lists of the structure: goals with sub-goals and strategies, strategies with
 * sub-strategies and measures, focus areas with all of these. Headings stop at h6; deeper levels are
 * list items, so the heading hierarchy never skips a level.
 */
final class Tree {

	private Tree() {
	}

	static void goals(PageContext page, HtmlWriter html, List<Goal> goals) {
		if (goals.isEmpty()) {
			return;
		}
		html.open("ul", "class", "tree goals");
		for (Goal goal : goals) {
			html.open("li", "class", "goal");
			ElementParts.heading(page, html, "p", goal, page.terms().singular(Terms.levelOf(goal.getKind())));
			ElementParts.body(page, html, goal);
			goals(page, html, goal.getSubGoals());
			strategies(page, html, goal.getStrategies(), TermLevel.STRATEGY);
			html.close("li");
		}
		html.close("ul");
	}

	static void strategies(PageContext page, HtmlWriter html, List<Strategy> strategies, TermLevel level) {
		if (strategies.isEmpty()) {
			return;
		}
		html.open("ul", "class", "tree strategies");
		for (Strategy strategy : strategies) {
			html.open("li", "class", "strategy");
			ElementParts.heading(page, html, "p", strategy, page.terms().singular(level));
			ElementParts.body(page, html, strategy);
			strategies(page, html, strategy.getSubStrategies(), TermLevel.SUB_STRATEGY);
			measures(page, html, strategy.getMeasures());
			html.close("li");
		}
		html.close("ul");
	}

	static void measures(PageContext page, HtmlWriter html, List<Measure> measures) {
		if (measures.isEmpty()) {
			return;
		}
		html.open("ul", "class", "tree measures");
		for (Measure measure : measures) {
			html.open("li", "class", "measure");
			ElementParts.heading(page, html, "p", measure, page.terms().singular(TermLevel.MEASURE));
			MeasureFacts.write(page, html, measure);
			ElementParts.body(page, html, measure);
			html.close("li");
		}
		html.close("ul");
	}

	/** Writes a focus area as a section with an h{@code level} heading (h6 at most), its content below. */
	static void area(PageContext page, HtmlWriter html, FocusArea area, int level) {
		String heading = "h" + Math.min(level, 6);
		html.open("section", "class", "focus-area");
		ElementParts.heading(page, html, heading, area, page.terms().singular(TermLevel.FOCUS_AREA));
		ElementParts.body(page, html, area);
		goals(page, html, area.getGoals());
		strategies(page, html, area.getStrategies(), TermLevel.STRATEGY);
		measures(page, html, area.getMeasures());
		for (FocusArea sub : area.getSubAreas()) {
			area(page, html, sub, level + 1);
		}
		html.close("section");
	}
}
