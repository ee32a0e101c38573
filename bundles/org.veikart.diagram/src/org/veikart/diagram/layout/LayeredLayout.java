package org.veikart.diagram.layout;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.math.KVector;
import org.veikart.diagram.model.DiagramNode;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.veikart.diagram.model.Diagram;

/**
 * ELK Layered with options tuned for plan diagrams: layers follow the references (elements left,
 * SDGs or indicators right), and for graphs of up to {@value #MODEL_ORDER_LIMIT} nodes the plan's
 * order is kept inside each layer ({@code considerModelOrder} NODES_AND_EDGES with forced node
 * order), which keeps a diagram stable when one element is added: the others keep their relative
 * order.
 * <p>
 * Guards against the slow combinations (measured, see benchmarks/README.md): node placement is
 * Brandes-Köpf or linear segments only, never network simplex (over a second for 2000 nodes); and
 * model order is switched off above {@value #MODEL_ORDER_LIMIT} nodes, because ELK 0.12 sorts by
 * model order with an insertion sort: 1.3 s for 500 nodes and nearly 3 minutes for 2000, against
 * 27 ms and 0.35 s without. Big plan trees use {@link MrTreeLayout}, which keeps model order cheaply.
 *
 * @param direction    the direction of the hierarchy, e.g. RIGHT for a plan tree (measures stack
 *                     downwards, so the picture grows in length, not in width)
 * @param routing      edge routing, e.g. ORTHOGONAL
 * @param nodeSpacing  space between nodes of one layer
 * @param layerSpacing space between layers
 * @param placement    node placement
 */
public record LayeredLayout(Direction direction, EdgeRouting routing, double nodeSpacing, double layerSpacing,
        Placement placement) implements LayoutStrategy {

    /** The node placement strategies that stay fast on big plans. */
    public enum Placement {
        /** Compact, balanced (ELK's default). */
        BRANDES_KOEPF,
        /** Straight long edges; good for flat trees. */
        LINEAR_SEGMENTS
    }

    /** Above this many nodes model order is not considered (see the class comment). */
    public static final int MODEL_ORDER_LIMIT = 150;

    /** Padding around the drawing. */
    public static final double PADDING = 20;

    @Override
    public void layout(Diagram diagram) {
        ElkSetup.ensure();
        ElkGraphs graphs = ElkGraphs.toElk(diagram);
        boolean modelOrder = graphs.nodes.size() <= MODEL_ORDER_LIMIT;
        configure(graphs.root, modelOrder);
        for (DiagramNode container : diagram.allNodes().filter(node -> !node.children().isEmpty()).toList()) {
            ElkNode elk = graphs.nodes.get(container);
            configure(elk, modelOrder);
            // room for the caption above the children; never narrower than the caption
            elk.setProperty(CoreOptions.PADDING, new ElkPadding(container.bounds().height() + 6, 12, 12, 12));
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(container.bounds().width(), container.bounds().height()));
        }
        if (graphs.crossesHierarchy()) {
            // one layout across levels; ELK 0.12's model-order sorting fails there (NPE), so it is off
            graphs.root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
            graphs.nodes.values().stream().filter(node -> !node.getChildren().isEmpty() || node.getParent() == graphs.root)
                    .map(node -> node.getChildren().isEmpty() ? graphs.root : node).distinct().forEach(graph -> {
                        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NONE);
                        graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, false);
                    });
        }
        new RecursiveGraphLayoutEngine().layout(graphs.root, new BasicProgressMonitor());
        graphs.fromElk(diagram);
    }

    /**
     * Sets this strategy's options on a graph or container node (public so the benchmark lays out the
     * same way).
     *
     * @param modelOrder keep the model order (only affordable up to {@value #MODEL_ORDER_LIMIT} nodes)
     */
    public void configure(ElkNode graph, boolean modelOrder) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, direction);
        graph.setProperty(CoreOptions.EDGE_ROUTING, routing);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                modelOrder ? OrderingStrategy.NODES_AND_EDGES : OrderingStrategy.NONE);
        graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, modelOrder);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, placement == Placement.LINEAR_SEGMENTS
                ? NodePlacementStrategy.LINEAR_SEGMENTS : NodePlacementStrategy.BRANDES_KOEPF);
        graph.setProperty(LayeredOptions.THOROUGHNESS, 7);
    }
}
