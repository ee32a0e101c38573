package org.veikart.templates.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.veikart.model.Indicator;
import org.veikart.model.PlanElement;
import org.veikart.model.TemplateOrigin;

/**
 * Pairs the elements of two plans: first by id, then by template origin (template id and element id),
 * then by {@link Similarity} of the statements. Within the origin and similarity phases all candidate
 * pairs are scored and taken best first (ties in document order), so an element is not claimed by an
 * earlier, worse partner. Indicators only pair with indicators; goals, focus areas, strategies and
 * measures pair across classes (a theme that is a main goal in one plan and a focus area in another).
 */
final class ElementMatcher {

	private final Map<PlanElement, Match> byA = new IdentityHashMap<>();
	private final Map<PlanElement, Match> byB = new IdentityHashMap<>();
	private final List<Match> matches = new ArrayList<>();

	/** Matches {@code as} against {@code bs} (both in document order). */
	ElementMatcher(List<PlanElement> as, List<PlanElement> bs) {
		Map<String, PlanElement> bById = new HashMap<>();
		bs.forEach(b -> bById.putIfAbsent(b.getId(), b));
		for (PlanElement a : as) {
			PlanElement b = a.getId() == null ? null : bById.get(a.getId());
			if (b != null && !byB.containsKey(b)) {
				add(new Match(a, b, MatchKind.ID, 1));
			}
		}
		bestFirst(as, bs, MatchKind.ORIGIN);
		bestFirst(as, bs, MatchKind.SIMILARITY);
	}

	private void bestFirst(List<PlanElement> as, List<PlanElement> bs, MatchKind kind) {
		List<PlanElement> freeA = as.stream().filter(a -> !byA.containsKey(a)).toList();
		List<PlanElement> freeB = bs.stream().filter(b -> !byB.containsKey(b)).toList();
		Map<PlanElement, Similarity.Statement> statements = new IdentityHashMap<>();
		freeA.forEach(a -> statements.put(a, Similarity.Statement.of(a)));
		freeB.forEach(b -> statements.put(b, Similarity.Statement.of(b)));
		List<Match> candidates = new ArrayList<>();
		for (PlanElement a : freeA) {
			for (PlanElement b : freeB) {
				if ((a instanceof Indicator) != (b instanceof Indicator)) {
					continue;
				}
				if (kind == MatchKind.ORIGIN && !sameOrigin(a.getOrigin(), b.getOrigin())) {
					continue;
				}
				double score = Similarity.score(statements.get(a), statements.get(b));
				if (kind == MatchKind.ORIGIN || score >= Similarity.THRESHOLD) {
					candidates.add(new Match(a, b, kind, score));
				}
			}
		}
		// stable sort: equal scores keep document order
		candidates.sort(Comparator.comparingDouble(Match::score).reversed());
		for (Match candidate : candidates) {
			if (!byA.containsKey(candidate.a()) && !byB.containsKey(candidate.b())) {
				add(candidate);
			}
		}
	}

	private static boolean sameOrigin(TemplateOrigin a, TemplateOrigin b) {
		return a != null && b != null && a.getTemplateId() != null && a.getElementId() != null
				&& Objects.equals(a.getTemplateId(), b.getTemplateId()) && Objects.equals(a.getElementId(), b.getElementId());
	}

	private void add(Match match) {
		byA.put(match.a(), match);
		byB.put(match.b(), match);
		matches.add(match);
	}

	/** @return the matches, in the order they were made */
	List<Match> matches() {
		return matches;
	}

	/** @return the match of an element of plan A, or null */
	Match ofA(PlanElement a) {
		return byA.get(a);
	}

	/** @return the match of an element of plan B, or null */
	Match ofB(PlanElement b) {
		return byB.get(b);
	}
}
