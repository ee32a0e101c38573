package org.veikart.cli.diff;

import java.util.Locale;

import org.veikart.model.PlanElement;
import org.veikart.templates.diff.ElementChange;
import org.veikart.templates.diff.FeatureChange;
import org.veikart.templates.diff.Match;
import org.veikart.templates.diff.Move;
import org.veikart.templates.diff.PlanDiff;
import org.veikart.templates.instantiate.Slots;

/**
 * The text form of a plan diff: a summary line, then removed ("-"), added ("+"), changed ("~", with
 * one indented "feature: old -> new" line per feature) and moved ("&gt;") elements.
 */
final class DiffText {

	private DiffText() {
	}

	static String render(PlanDiff diff, String a, String b) {
		StringBuilder out = new StringBuilder();
		out.append("diff ").append(a).append(' ').append(b).append(": ").append(Summary.of(diff)).append('\n');
		for (PlanElement element : diff.removed()) {
			out.append("- removed ").append(describe(element)).append('\n');
		}
		for (PlanElement element : diff.added()) {
			out.append("+ added ").append(describe(element)).append('\n');
		}
		for (ElementChange change : diff.changed()) {
			out.append("~ changed ").append(pair(change.match())).append('\n');
			for (FeatureChange feature : change.changes()) {
				out.append("    ").append(feature.feature()).append(": ").append(show(feature.oldValue(), feature.text())).append(" -> ")
						.append(show(feature.newValue(), feature.text())).append('\n');
			}
		}
		for (Move move : diff.moved()) {
			out.append("> moved ").append(pair(move.match())).append(": from ").append(Slots.describe(move.oldParent()))
					.append(" to ").append(Slots.describe(move.newParent())).append('\n');
		}
		return out.toString();
	}

	static String describe(PlanElement element) {
		return Slots.describe(element) + (element.getTitle() == null ? "" : " " + quote(element.getTitle()));
	}

	private static String pair(Match match) {
		String how = switch (match.kind()) {
			case SIMILARITY -> String.format(Locale.ROOT, "similarity %.2f", match.score());
			case PLAN -> "the two plans";
			default -> "same " + match.kind().name().toLowerCase(Locale.ROOT);
		};
		return describe(match.a()) + (match.a().getId().equals(match.b().getId()) ? "" : " -> " + Slots.describe(match.b()))
				+ " (" + how + ")";
	}

	private static String show(String value, boolean text) {
		return value == null ? "(none)" : text ? quote(value) : value.replace("\n", "\\n");
	}

	private static String quote(String value) {
		return value == null ? "(none)" : org.veikart.templates.diff.FeatureValues.quoted(value);
	}
}
