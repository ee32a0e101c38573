package org.veikart.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Identifiable;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgReference;
import org.veikart.model.Strategy;

class SyntheticPlansTest {

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000, 100_000})
    void sizeIsExactlyTheRequest(int requested) {
        Plan plan = SyntheticPlans.generate(requested, 1);
        int actual = all(plan, Identifiable.class).size() + 1; // eAllContents excludes the plan itself
        assertEquals(actual, SyntheticPlans.countElements(plan));
        // the brief allows +-1 %; the generator promises the exact count
        assertEquals(requested, actual);
    }

    @Test
    void sameSeedGivesTheSamePlanAndAnotherSeedAnotherOne() {
        Plan first = SyntheticPlans.generate(5_000, 42);
        Plan second = SyntheticPlans.generate(5_000, 42);
        Plan other = SyntheticPlans.generate(5_000, 43);
        assertTrue(EcoreUtil.equals(first, second), "same seed must give an equal plan, ids included");
        assertFalse(EcoreUtil.equals(first, other));
        assertFalse(first.getId().equals(other.getId()));
    }

    @Test
    void everyElementHasAUniqueId() {
        Plan plan = SyntheticPlans.generate(20_000, 3);
        Set<String> ids = new HashSet<>();
        ids.add(plan.getId());
        for (Identifiable element : all(plan, Identifiable.class)) {
            assertNotNull(element.getId(), () -> "no id: " + element);
            assertTrue(ids.add(element.getId()), () -> "duplicate id " + element.getId());
        }
        assertEquals(SyntheticPlans.countElements(plan), ids.size());
    }

    @Test
    void everyMeasureSitsUnderAStrategyOrFocusArea() {
        Plan plan = SyntheticPlans.generate(10_000, 5);
        List<Measure> measures = all(plan, Measure.class);
        assertTrue(measures.size() > 2_000, "a 10k plan should be mostly measures, has " + measures.size());
        for (Measure measure : measures) {
            EObject container = measure.eContainer();
            assertTrue(container instanceof Strategy || container instanceof FocusArea, () -> "measure in " + container);
        }
        assertTrue(measures.stream().anyMatch(m -> m.eContainer() instanceof FocusArea));
        assertTrue(measures.stream().anyMatch(m -> m.isDuplicate() && m.getVariantOf().get(0).getTitle().equals(m.getTitle())));
    }

    @Test
    void indicatorsAreLinkedManyToMany() {
        Plan plan = SyntheticPlans.generate(10_000, 9);
        Map<Indicator, Integer> uses = new HashMap<>();
        for (PlanElement element : all(plan, PlanElement.class)) {
            element.getMeasuredBy().forEach(i -> uses.merge(i, 1, Integer::sum));
        }
        for (Indicator indicator : plan.getIndicators()) {
            assertTrue(uses.containsKey(indicator), () -> "unlinked indicator " + indicator.getTitle());
            assertNotNull(indicator.getBaseline());
            assertFalse(indicator.getTargets().isEmpty());
        }
        assertTrue(uses.values().stream().anyMatch(n -> n > 1), "an indicator should serve several elements");
        assertTrue(all(plan, PlanElement.class).stream().anyMatch(e -> e.getMeasuredBy().size() > 1),
                "an element should have several indicators");
        assertTrue(plan.getGoals().stream().filter(g -> g.getKind() == GoalKind.EFFECT)
                .allMatch(g -> !g.getMeasuredBy().isEmpty()));
    }

    @Test
    void strategyCodesRestartInEveryFocusArea() {
        Plan plan = SyntheticPlans.generate(3_000, 11);
        int areasWithStrategies = 0;
        for (FocusArea area : all(plan, FocusArea.class)) {
            List<Strategy> strategies = area.getStrategies();
            for (int i = 0; i < strategies.size(); i++) {
                assertEquals("Strategi " + (char) ('A' + i), strategies.get(i).getCode());
                assertFalse(strategies.get(i).getSubStrategies().isEmpty());
            }
            areasWithStrategies += strategies.isEmpty() ? 0 : 1;
        }
        assertTrue(areasWithStrategies > 10);
    }

    @Test
    void sdgReferencesPointIntoTheStubCatalogueAndActorsHaveAliases() {
        Plan plan = SyntheticPlans.generate(2_000, 13);
        List<SdgReference> references = all(plan, SdgReference.class);
        assertFalse(references.isEmpty());
        for (SdgReference reference : references) {
            EObject target = reference.getGoal() != null ? reference.getGoal() : reference.getTarget();
            if (!reference.isUnspecified()) {
                assertEquals(SdgStubs.CATALOGUE_URI, target.eResource().getURI());
            }
        }
        assertTrue(plan.getActors().stream().anyMatch(a -> a.getAliases().contains("Oslo Met")));
        assertTrue(all(plan, Goal.class).stream().anyMatch(g -> g.getKind() == GoalKind.MAIN && !g.getSubGoals().isEmpty()));
    }

    @Test
    void rejectsSizesTooSmallForAFocusArea() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticPlans.generate(50, 1));
    }

    private static <T> List<T> all(EObject root, Class<T> type) {
        List<T> result = new ArrayList<>();
        root.eAllContents().forEachRemaining(e -> {
            if (type.isInstance(e)) {
                result.add(type.cast(e));
            }
        });
        return result;
    }
}
