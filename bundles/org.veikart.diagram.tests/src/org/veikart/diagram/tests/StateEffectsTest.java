package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Marker;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.diagram.sync.ValidationMarkers;
import org.veikart.model.FocusArea;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Plan;
import org.veikart.model.check.Severity;

/** Layers, filters, collapsed nodes and validation markers change what a diagram shows. */
class StateEffectsTest {

    private static final Diagrams DIAGRAMS = Diagrams.standard();

    private static Diagram tree(Plan plan, RepresentationState state) {
        return DIAGRAMS.layout(plan, "tree", state, Map.of());
    }

    @Test
    void indicatorLayerAddsIndicatorsAndTheirEdges() {
        Plan plan = Examples.plan("lillestrom-strategi");
        RepresentationState state = new RepresentationState();
        Diagram without = tree(plan, state);
        state.layers().put("indicators", true);
        Diagram with = tree(plan, state);
        long indicators = with.allNodes().filter(n -> n.mappingId().equals("indicator")).count();
        assertTrue(indicators > 0);
        assertEquals(without.allNodes().count() + indicators, with.allNodes().count());
        assertTrue(with.edges().stream().anyMatch(e -> e.mappingId().equals("measured-by")));
        assertTrue(without.edges().stream().noneMatch(e -> e.mappingId().equals("measured-by")));
    }

    @Test
    void contributionsLayerIsOffByDefaultAndCanBeSwitchedOn() {
        Plan plan = Examples.copy("lillestrom-strategi");
        plan.getFocusAreas().get(0).getContributesTo().add(plan.getGoals().get(1));
        RepresentationState state = new RepresentationState();
        assertTrue(tree(plan, state).edges().stream().noneMatch(e -> e.mappingId().equals("contributes-to")));
        state.layers().put("contributions", true);
        assertTrue(tree(plan, state).edges().stream().anyMatch(e -> e.mappingId().equals("contributes-to")));
    }

    @Test
    void hideCompletedFilterHidesCompletedMeasures() {
        Plan plan = Examples.copy("lillestrom-handlingsplan");
        Measure done = plan.getFocusAreas().get(0).getStrategies().get(0).getMeasures().get(0);
        done.setStatus(MeasureStatus.COMPLETED);
        RepresentationState state = new RepresentationState();
        assertTrue(tree(plan, state).nodesById().containsKey(done.getId()));
        state.filters().put("hide-completed", "");
        Diagram filtered = tree(plan, state);
        assertFalse(filtered.nodesById().containsKey(done.getId()));
        assertTrue(filtered.edges().stream().noneMatch(e -> e.targetId().equals(done.getId())));
    }

    @Test
    void focusAreaFilterKeepsOnlyThatArea() {
        Plan plan = Examples.plan("lillestrom-handlingsplan");
        FocusArea first = plan.getFocusAreas().get(0);
        RepresentationState state = new RepresentationState();
        state.filters().put("focus-area", first.getId());
        Diagram diagram = tree(plan, state);
        List<DiagramNode> measures = diagram.allNodes().filter(n -> n.element() instanceof Measure).toList();
        assertFalse(measures.isEmpty());
        assertTrue(measures.stream().allMatch(n -> org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(first, n.element())));
        assertEquals(1, diagram.allNodes().filter(n -> n.element() instanceof FocusArea).count());
        assertTrue(diagram.nodesById().containsKey(plan.getGoals().get(0).getId()), "plan-level goals stay");
    }

    @Test
    void collapsedNodeHidesItsSubtreeAndShowsHowMuch() {
        Plan plan = Examples.plan("lillestrom-handlingsplan");
        FocusArea first = plan.getFocusAreas().get(0);
        int below = 0;
        for (var it = first.eAllContents(); it.hasNext();) {
            below += it.next() instanceof org.veikart.model.PlanElement ? 1 : 0;
        }
        RepresentationState state = new RepresentationState();
        long all = tree(plan, state).allNodes().count();
        state.elements().put(first.getId(), ElementState.collapsedNode());
        Diagram collapsed = tree(plan, state);
        DiagramNode node = collapsed.nodesById().get(first.getId());
        assertTrue(node.collapsed());
        assertEquals("+" + below, node.badge());
        assertEquals(all - below, collapsed.allNodes().count());
        DiagramAssertions.assertNoOverlaps(collapsed);
    }

    @Test
    void diagnosticsBecomeMarkers() {
        Plan plan = Examples.plan("sorum-naeringsstrategi");
        String goalId = plan.getGoals().get(0).getId();
        Diagram diagram = DIAGRAMS.layout(plan, "tree", null, Map.of(goalId, Severity.ERROR, plan.getId(), Severity.WARNING));
        assertEquals(Marker.ERROR, diagram.nodesById().get(goalId).marker());
        assertEquals(Marker.WARNING, diagram.nodesById().get(plan.getId()).marker());
        assertEquals(2, diagram.allNodes().filter(n -> n.marker() != null).count());
        assertTrue(diagram.legend().stream().anyMatch(entry -> entry.label().contains("feil")), "the legend explains the marker");
        Diagram clean = DIAGRAMS.layout(plan, "tree", null, Map.of());
        assertTrue(clean.legend().stream().noneMatch(entry -> entry.label().startsWith("!")));
    }

    @Test
    void withoutDiagnosticsTheModelCheckerFindsProblems() {
        Plan plan = Examples.copy("sorum-naeringsstrategi");
        Measure measure = org.veikart.model.VeikartFactory.eINSTANCE.createMeasure();
        measure.setId("m-empty-title");
        measure.setTitle(" ");
        plan.getMeasures().add(measure);
        Map<String, Severity> severities = ValidationMarkers.check(plan);
        assertNotNull(severities.get("m-empty-title"), severities.toString());
        String svg = DIAGRAMS.renderSvg(plan, "tree", org.veikart.diagram.SvgOptions.defaults());
        assertTrue(svg.contains("data-element-id=\"m-empty-title\" data-mapping=\"measure\" data-severity=\""), "marker in SVG");
    }
}
