package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgTarget;
import org.veikart.model.Strategy;

/**
 * For every example plan and every standard representation: the nodes and edges the description
 * promises, counted here straight from the model (not through the descriptions' helpers), plus a
 * few named elements; and after layout no two nodes overlap.
 */
class ExampleDiagramsTest {

    private static final Diagrams DIAGRAMS = Diagrams.standard();

    static Stream<Arguments> planFiles() {
        return Examples.planFiles().stream().map(file -> Arguments.of(file.getFileName().toString(), file));
    }

    private static Diagram layout(Plan plan, String representation) {
        return DIAGRAMS.layout(plan, representation, new RepresentationState(), Map.of());
    }

    private static boolean outline(EObject object) {
        return object instanceof Goal || object instanceof FocusArea || object instanceof Strategy || object instanceof Measure;
    }

    private static List<EObject> contents(Plan plan) {
        List<EObject> all = new ArrayList<>();
        plan.eAllContents().forEachRemaining(all::add);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planFiles")
    void treeShowsTheOutlineWithOneContainsEdgePerChild(String name, Path file) {
        Plan plan = Examples.plan(file);
        List<EObject> outline = contents(plan).stream().filter(ExampleDiagramsTest::outline).toList();
        int children = 0;
        int contributions = 0;
        Set<EObject> shown = new HashSet<>(outline);
        shown.add(plan);
        for (EObject element : shown) {
            children += (int) element.eContents().stream().filter(ExampleDiagramsTest::outline).count();
            contributions += (int) ((PlanElement) element).getContributesTo().stream().filter(shown::contains).distinct().count();
        }
        RepresentationState state = new RepresentationState();
        state.layers().put("contributions", true);
        Diagram diagram = DIAGRAMS.layout(plan, "tree", state, Map.of());
        assertEquals(outline.size() + 1, diagram.allNodes().count(), name);
        assertEquals(children, count(diagram, "contains"), name);
        assertEquals(contributions, count(diagram, "contributes-to"), name);
        assertTrue(diagram.nodesById().containsKey(plan.getId()));
        DiagramAssertions.assertNoOverlaps(diagram);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planFiles")
    void sdgShowsReferringElementsAndTheGoalsTheyReferTo(String name, Path file) {
        Plan plan = Examples.plan(file);
        Set<SdgGoal> goals = new LinkedHashSet<>();
        int elements = 0;
        int edges = 0;
        List<EObject> candidates = new ArrayList<>(contents(plan));
        candidates.add(plan);
        for (EObject object : candidates) {
            if (object instanceof PlanElement element) {
                Set<SdgGoal> own = new HashSet<>();
                for (SdgReference reference : element.getSdgReferences()) {
                    SdgGoal goal = reference.getGoal() != null ? reference.getGoal()
                            : reference.getTarget() instanceof SdgTarget target ? (SdgGoal) target.eContainer() : null;
                    if (goal != null) {
                        own.add(goal);
                    }
                }
                elements += own.isEmpty() ? 0 : 1;
                edges += own.size();
                goals.addAll(own);
            }
        }
        Diagram diagram = layout(plan, "sdg");
        assertEquals(elements + goals.size(), diagram.allNodes().count(), name);
        assertEquals(edges, diagram.edges().size(), name);
        for (SdgGoal goal : goals) {
            DiagramNode node = diagram.nodesById().get(goal.getId());
            assertEquals(goal.getColour(), node.style().fill(), "SDG " + goal.getNumber() + " in its official colour");
        }
        DiagramAssertions.assertNoOverlaps(diagram);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planFiles")
    void indicatorMapShowsMeasuredElementsAndIndicators(String name, Path file) {
        Plan plan = Examples.plan(file);
        Set<Indicator> indicators = new LinkedHashSet<>(plan.getIndicators());
        int measured = 0;
        int edges = 0;
        List<EObject> candidates = new ArrayList<>(contents(plan).stream().filter(ExampleDiagramsTest::outline).toList());
        candidates.add(plan);
        for (EObject object : candidates) {
            List<Indicator> by = ((PlanElement) object).getMeasuredBy();
            measured += by.isEmpty() ? 0 : 1;
            edges += (int) by.stream().distinct().count();
            indicators.addAll(by);
        }
        Diagram diagram = layout(plan, "indicators");
        assertEquals(measured + indicators.size(), diagram.allNodes().count(), name);
        assertEquals(edges, diagram.edges().size(), name);
        DiagramAssertions.assertNoOverlaps(diagram);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planFiles")
    void timelineHasOneRowPerMeasureInLanesPerFocusArea(String name, Path file) {
        Plan plan = Examples.plan(file);
        List<Measure> measures = contents(plan).stream().filter(Measure.class::isInstance).map(Measure.class::cast).toList();
        Set<EObject> lanes = new HashSet<>();
        for (Measure measure : measures) {
            EObject lane = measure.eContainer();
            while (!(lane instanceof FocusArea) && !(lane instanceof Plan)) {
                lane = lane.eContainer();
            }
            lanes.add(lane);
        }
        Diagram diagram = layout(plan, "timeline");
        assertEquals(measures.size() + lanes.size(), diagram.allNodes().count(), name);
        assertEquals(lanes.size(), diagram.nodes().stream().filter(node -> !node.children().isEmpty()).count(), name);
        if (plan.getPeriod() != null && plan.getPeriod().getStartYear() != null && plan.getPeriod().getStartYear() > 0) {
            int years = plan.getPeriod().getEndYear() - plan.getPeriod().getStartYear() + 1;
            for (DiagramNode node : diagram.allNodes().filter(n -> n.element() instanceof Measure).toList()) {
                Measure measure = (Measure) node.element();
                boolean yearly = measure.getSchedule() == null && measure.getRecurrence() == org.veikart.model.Recurrence.ANNUAL;
                assertEquals(yearly ? years : 1, node.marks().size(), "bars of " + node.id() + " (schedule or plan period)");
            }
        }
        DiagramAssertions.assertNoOverlaps(diagram);
    }

    @Test
    void namedElementsOfTheHandlingsplanAppear() {
        Plan plan = Examples.plan("lillestrom-handlingsplan");
        Diagram tree = layout(plan, "tree");
        DiagramNode goal = tree.nodesById().get("hp-hm-6");
        assertEquals("Styrke inntrykket av Lillestrøm kommune som internasjonal og grønn møteplass.", goal.label());
        assertTrue(tree.edges().stream().anyMatch(e -> e.sourceId().equals("hp-1a") && e.targetId().equals("hp-1a-t1")),
                "strategy A contains measure hp-1a-t1");
        Diagram indicators = layout(plan, "indicators");
        assertTrue(indicators.edges().stream().anyMatch(e -> e.sourceId().equals("hp-em-4")
                && e.targetId().equals("st-ind-kommune-nm")), "an indicator of another plan (the strategy) is linked");
    }

    private static long count(Diagram diagram, String mapping) {
        return diagram.edges().stream().filter(edge -> edge.mappingId().equals(mapping)).count();
    }
}
