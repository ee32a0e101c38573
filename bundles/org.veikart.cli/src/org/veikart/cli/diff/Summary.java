package org.veikart.cli.diff;

import org.veikart.templates.diff.MatchKind;
import org.veikart.templates.diff.PlanDiff;

/** The one-line summary of a plan diff, shared by the text and HTML forms. */
final class Summary {

	private Summary() {
	}

	static String of(PlanDiff diff) {
		return diff.added().size() + " added, " + diff.removed().size() + " removed, " + diff.changed().size() + " changed, "
				+ diff.moved().size() + " moved; " + (diff.matches().size() - 1) + " elements matched (" + count(diff, MatchKind.ID) + " by id, "
				+ count(diff, MatchKind.ORIGIN) + " by template origin, " + count(diff, MatchKind.SIMILARITY) + " by similarity)";
	}

	static long count(PlanDiff diff, MatchKind kind) {
		return diff.matches().stream().filter(m -> m.kind() == kind).count();
	}
}
