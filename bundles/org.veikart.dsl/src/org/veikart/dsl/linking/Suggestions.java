package org.veikart.dsl.linking;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.veikart.model.text.EditDistance;

/**
 * "Did you mean" support: ranks candidate ids by edit distance to what was typed and phrases the
 * hint. A candidate qualifies when its edit distance is at most a third of the typed length (at least
 * 2).
 */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * @param typed      the unresolved text
	 * @param candidates the names in scope; duplicates are ignored
	 * @param max        the most suggestions wanted
	 * @return up to max candidates, closest first (ties: shorter, then alphabetical). A qualified
	 *         candidate ({@code plan.element}) is compared by its whole name and by its last segment, so
	 *         an id written without its plan prefix finds the qualified one.
	 */
	public static List<String> closest(String typed, Iterable<String> candidates, int max) {
		if (typed == null || typed.isEmpty()) {
			return List.of();
		}
		String key = typed.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, key.length() / 3);
		LinkedHashSet<String> unique = new LinkedHashSet<>();
		candidates.forEach(unique::add);
		return unique.stream()
				.filter(candidate -> !candidate.equals(typed) && closeness(key, candidate) <= limit)
				.sorted(Comparator.<String>comparingInt(candidate -> closeness(key, candidate))
						.thenComparingInt(String::length)
						.thenComparing(Comparator.naturalOrder()))
				.limit(max)
				.toList();
	}

	private static int closeness(String key, String candidate) {
		String name = candidate.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		int whole = EditDistance.between(key, name);
		return dot < 0 ? whole : Math.min(whole, EditDistance.between(key, name.substring(dot + 1)));
	}

	/** @return " Did you mean 'a', 'b' or 'c'?" or "" when there is nothing to suggest */
	public static String didYouMean(List<String> suggestions) {
		if (suggestions.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(" Did you mean ");
		for (int i = 0; i < suggestions.size(); i++) {
			if (i > 0) {
				text.append(i == suggestions.size() - 1 ? " or " : ", ");
			}
			text.append(suggestions.get(i));
		}
		return text.append('?').toString();
	}

	/** @return the model type as words: "Actor" gives "actor", "PlanElement" gives "plan element" */
	public static String describeType(EClass type) {
		return type.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}
}
