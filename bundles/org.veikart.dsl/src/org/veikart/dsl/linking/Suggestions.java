package org.veikart.dsl.linking;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

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
		int whole = distance(key, name);
		return dot < 0 ? whole : Math.min(whole, distance(key, name.substring(dot + 1)));
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

	/** Levenshtein distance (insertions, deletions and substitutions each cost 1). */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
