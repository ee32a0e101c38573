package org.veikart.templates.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.VeikartPackage;
import org.veikart.templates.instantiate.Slots;

/**
 * Compares two plans (two municipalities, or two versions of one plan). Elements are matched by
 * {@link ElementMatcher} (id, then template origin, then text similarity); then
 * <ul>
 * <li>added: elements of B without a match; removed: elements of A without a match;</li>
 * <li>changed: per feature, old and new value ({@link FeatureValues}; references compare by the
 * counterpart's id, so a reference to a matched element is unchanged; where in the source a statement
 * was found (provenance) is not compared; the plan's prose sections and source list are compared as a
 * whole and reported as a count, not written out); an element that changed class (a focus area that is a
 * main goal in B) has the change "element: focus-area -&gt; goal";</li>
 * <li>moved: the element's parent in A does not match its parent in B.</li>
 * </ul>
 * A plan compared with itself (or a copy) gives an empty diff.
 */
public final class PlanDiffer {

	private static final VeikartPackage P = VeikartPackage.eINSTANCE;
	private static final Set<EStructuralFeature> SKIP = Set.of(P.getTraceable_Provenance(), P.getPlan_Sections(), P.getPlan_Sources());
	/** Prose is summarised, not written out: a changed section would otherwise print the whole text. */
	private static final List<EStructuralFeature> SUMMARISED = List.of(P.getPlan_Sections(), P.getPlan_Sources());

	private PlanDiffer() {
	}

	/** @return the difference from {@code a} to {@code b} */
	public static PlanDiff compare(Plan a, Plan b) {
		List<PlanElement> as = elements(a);
		List<PlanElement> bs = elements(b);
		ElementMatcher matcher = new ElementMatcher(as, bs);
		Match root = new Match(a, b, MatchKind.PLAN, 1);
		Function<EObject, String> refA = target -> {
			Match match = target instanceof PlanElement element ? matcher.ofA(element) : null;
			return match != null ? match.b().getId() : target == a ? b.getId() : FeatureValues.idOf(target);
		};
		Function<EObject, String> refB = FeatureValues::idOf;
		List<Match> matches = new ArrayList<>(List.of(root));
		matches.addAll(matcher.matches());
		List<ElementChange> changed = new ArrayList<>();
		List<Move> moved = new ArrayList<>();
		for (PlanElement element : withRoot(a, as)) {
			Match match = element == a ? root : matcher.ofA(element);
			if (match == null) {
				continue;
			}
			List<FeatureChange> changes = changes(match, refA, refB);
			if (!changes.isEmpty()) {
				changed.add(new ElementChange(match, changes));
			}
			if (element != a) {
				PlanElement parentA = (PlanElement) element.eContainer();
				PlanElement parentB = (PlanElement) match.b().eContainer();
				Match parentMatch = parentA == a ? root : matcher.ofA(parentA);
				if (parentMatch == null || parentMatch.b() != parentB) {
					moved.add(new Move(match, parentA, parentB));
				}
			}
		}
		List<PlanElement> added = bs.stream().filter(e -> matcher.ofB(e) == null).toList();
		List<PlanElement> removed = as.stream().filter(e -> matcher.ofA(e) == null).toList();
		return new PlanDiff(a, b, matches, added, removed, changed, moved);
	}

	private static List<FeatureChange> changes(Match match, Function<EObject, String> refA, Function<EObject, String> refB) {
		Map<String, String> old = byName(FeatureValues.of(match.a(), SKIP, refA));
		Map<String, String> now = byName(FeatureValues.of(match.b(), SKIP, refB));
		List<FeatureChange> changes = new ArrayList<>();
		String classA = Slots.word(match.a().eClass());
		String classB = Slots.word(match.b().eClass());
		if (!classA.equals(classB)) {
			changes.add(new FeatureChange("element", classA, classB, false));
		}
		if (match.a() instanceof Plan && match.b() instanceof Plan) {
			for (EStructuralFeature feature : SUMMARISED) {
				String before = FeatureValues.value(match.a(), feature, refA);
				String after = FeatureValues.value(match.b(), feature, refB);
				if (!Objects.equals(before, after)) {
					String before2 = count(match.a(), feature);
					String after2 = count(match.b(), feature);
					changes.add(new FeatureChange(feature.getName(), before2, before2.equals(after2) ? after2 + ", content changed" : after2, false));
				}
			}
		}
		Set<String> texts = new java.util.HashSet<>();
		for (EStructuralFeature feature : match.a().eClass().getEAllStructuralFeatures()) {
			if (feature instanceof org.eclipse.emf.ecore.EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == String.class) {
				texts.add(feature.getName());
			}
		}
		Set<String> names = new LinkedHashSet<>(old.keySet());
		names.addAll(now.keySet());
		for (String name : names) {
			if (!Objects.equals(old.get(name), now.get(name))) {
				changes.add(new FeatureChange(name, old.get(name), now.get(name), texts.contains(name)));
			}
		}
		return changes;
	}

	private static String count(EObject plan, EStructuralFeature feature) {
		int size = ((List<?>) plan.eGet(feature)).size();
		String name = feature.getName();
		return size + " " + (size == 1 && name.endsWith("s") ? name.substring(0, name.length() - 1) : name);
	}

	private static Map<String, String> byName(Map<EStructuralFeature, String> values) {
		Map<String, String> byName = new LinkedHashMap<>();
		values.forEach((feature, value) -> byName.put(feature.getName(), value));
		return byName;
	}

	/** @return the plan elements below {@code plan}, in document order (the plan itself excluded) */
	public static List<PlanElement> elements(Plan plan) {
		List<PlanElement> elements = new ArrayList<>();
		plan.eAllContents().forEachRemaining(object -> {
			if (object instanceof PlanElement element) {
				elements.add(element);
			}
		});
		return elements;
	}

	private static List<PlanElement> withRoot(Plan plan, List<PlanElement> elements) {
		List<PlanElement> all = new ArrayList<>(List.of(plan));
		all.addAll(elements);
		return all;
	}
}
