package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.junit.jupiter.api.Test;
import org.veikart.diagram.description.DescriptionRegistry;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.layout.LayeredLayout;
import org.veikart.diagram.layout.LayoutStrategy;
import org.veikart.diagram.layout.SortedColumnLayout;

/**
 * The slow ELK option combination stays out: no layered layout, standard or configurable, selects
 * network simplex node placement (over a second for 2000 nodes), and model order (minutes for 2000
 * nodes in ELK 0.12) is only used below the limit.
 */
class LayoutGuardTest {

    @Test
    void noLayeredLayoutUsesNetworkSimplexPlacement() {
        int layered = 0;
        for (RepresentationDescription description : DescriptionRegistry.standard().all()) {
            LayoutStrategy strategy = description.layout() instanceof SortedColumnLayout column ? column.inner()
                    : description.layout();
            if (strategy instanceof LayeredLayout layout) {
                layered++;
                assertFast(layout);
            }
        }
        assertTrue(layered >= 2, "sdg and indicators use ELK Layered");
        for (LayeredLayout.Placement placement : LayeredLayout.Placement.values()) {
            assertFast(new LayeredLayout(Direction.DOWN, EdgeRouting.POLYLINE, 10, 10, placement));
        }
    }

    private static void assertFast(LayeredLayout layout) {
        for (boolean modelOrder : new boolean[] {true, false}) {
            ElkNode graph = ElkGraphUtil.createGraph();
            layout.configure(graph, modelOrder);
            assertNotEquals(NodePlacementStrategy.NETWORK_SIMPLEX, graph.getProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY));
            assertEquals(modelOrder, graph.getProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER));
            assertEquals(modelOrder ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE,
                    graph.getProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY));
        }
    }

    @Test
    void bigGraphsAreLaidOutWithoutModelOrder() {
        // a test-only description whose layered diagram exceeds the limit: it must still lay out (fast path)
        org.veikart.model.Plan plan = Examples.copy("lillestrom-handlingsplan");
        for (int i = 0; i < LayeredLayout.MODEL_ORDER_LIMIT; i++) {
            org.veikart.model.Measure extra = org.veikart.model.VeikartFactory.eINSTANCE.createMeasure();
            extra.setId("m-extra-" + i);
            extra.setTitle("Ekstra tiltak nummer " + i);
            plan.getFocusAreas().get(i % plan.getFocusAreas().size()).getMeasures().add(extra);
        }
        org.veikart.diagram.description.RepresentationDescription tree = DescriptionRegistry.standard().find("tree").orElseThrow();
        DescriptionRegistry registry = new DescriptionRegistry();
        registry.register(new org.veikart.diagram.description.RepresentationDescription("tree-layered", "Plantre",
                new LayeredLayout(Direction.RIGHT, EdgeRouting.ORTHOGONAL, 10, 40, LayeredLayout.Placement.BRANDES_KOEPF),
                tree.nodeMappings(), tree.containerMappings(), tree.edgeMappings(), tree.layers(), tree.filters(), tree.tools()));
        var diagram = new org.veikart.diagram.Diagrams(registry).layout(plan, "tree-layered", null, java.util.Map.of());
        assertTrue(diagram.allNodes().count() > LayeredLayout.MODEL_ORDER_LIMIT);
        DiagramAssertions.assertNoOverlaps(diagram);
    }
}
