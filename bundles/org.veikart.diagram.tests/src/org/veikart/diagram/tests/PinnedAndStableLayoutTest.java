package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartFactory;

/** Pinned nodes keep their place; adding one element keeps the others' order in their layer. */
class PinnedAndStableLayoutTest {

    private static final Diagrams DIAGRAMS = Diagrams.standard();

    @Test
    void pinnedNodesStayWhereTheyWerePinnedAndNothingOverlaps() {
        Plan plan = Examples.plan("lillestrom-handlingsplan");
        Diagram before = DIAGRAMS.layout(plan, "tree", new RepresentationState(), Map.of());
        DiagramNode goal = before.nodesById().get("hp-hm-3");
        DiagramNode measure = before.nodesById().get("hp-1b-t2");
        RepresentationState state = new RepresentationState();
        state.elements().put(goal.id(), ElementState.pinnedAt(600, 40)); // onto other nodes on purpose
        state.elements().put(measure.id(), ElementState.pinnedAt(30, 900));
        Diagram after = DIAGRAMS.layout(plan, "tree", state, Map.of());
        Bounds g = after.nodesById().get(goal.id()).bounds();
        Bounds m = after.nodesById().get(measure.id()).bounds();
        assertEquals(600, g.x());
        assertEquals(40, g.y());
        assertEquals(30, m.x());
        assertEquals(900, m.y());
        assertTrue(after.nodesById().get(goal.id()).pinned());
        DiagramAssertions.assertNoOverlaps(after);
    }

    @Test
    void addingOneMeasureKeepsTheOrderOfTheOthers() {
        Plan plan = Examples.copy("lillestrom-handlingsplan");
        Diagram before = DIAGRAMS.layout(plan, "tree", new RepresentationState(), Map.of());
        Strategy strategy = plan.getFocusAreas().get(1).getStrategies().get(0);
        Measure added = VeikartFactory.eINSTANCE.createMeasure();
        added.setId("m-new");
        added.setTitle("Et nytt tiltak for å teste at bildet står stille");
        strategy.getMeasures().add(0, added);
        Diagram after = DIAGRAMS.layout(plan, "tree", new RepresentationState(), Map.of());
        assertTrue(after.nodesById().containsKey("m-new"));

        // the others keep their top-to-bottom order (the tree grows rightwards) and their column
        List<DiagramNode> nodes = new ArrayList<>(before.allNodes().toList());
        int pairs = 0;
        int kept = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds a = nodes.get(i).bounds();
                Bounds b = nodes.get(j).bounds();
                if (Math.abs(a.centreY() - b.centreY()) < 1) {
                    continue;
                }
                pairs++;
                Bounds a2 = after.nodesById().get(nodes.get(i).id()).bounds();
                Bounds b2 = after.nodesById().get(nodes.get(j).id()).bounds();
                kept += Math.signum(a.centreY() - b.centreY()) == Math.signum(a2.centreY() - b2.centreY()) ? 1 : 0;
            }
        }
        long sameColumn = nodes.stream().filter(n -> after.nodesById().get(n.id()).bounds().x() == n.bounds().x()).count();
        assertTrue(pairs > 1000, "enough pairs to judge: " + pairs);
        assertTrue(kept >= pairs * 0.98, "order kept for " + kept + " of " + pairs + " pairs");
        assertTrue(sameColumn >= nodes.size() * 0.95, "column kept for " + sameColumn + " of " + nodes.size() + " nodes");
    }
}
