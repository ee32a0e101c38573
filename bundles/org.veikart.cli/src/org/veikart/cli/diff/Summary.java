package org.veikart.cli.diff;

import org.veikart.templates.diff.MatchKind;
import org.veikart.templates.diff.PlanDiff;

/** The one-line summary of a plan diff, shared by the text and HTML forms. */
final class Summary {

	private Summary() {
	}

	static String of(PlanDiff diff) {
		return diff.added().size() + " added, " + diff.removed().size() + " removed, " + diff.changed().size() + " changed, "
				+ diff.moved().size() + " moved; " + matched(diff) + " elements matched (" + count(diff, MatchKind.ID) + " by id, "
				+ count(diff, MatchKind.ORIGIN) + " by template origin, " + count(diff, MatchKind.SIMILARITY) + " by similarity)";
	}

	/** The number of matched element pairs, the two plans themselves not counted (text, HTML and JSON alike). */
	static long matched(PlanDiff diff) {
		return diff.matches().stream().filter(m -> m.kind() != MatchKind.PLAN).count();
	}

	static long count(PlanDiff diff, MatchKind kind) {
		return diff.matches().stream().filter(m -> m.kind() == kind).count();
	}
}
