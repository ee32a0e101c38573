package org.veikart.diagram.layout;

import java.util.Map;

import org.eclipse.elk.alg.mrtree.options.EdgeRoutingMode;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.alg.mrtree.options.OrderWeighting;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;

/**
 * ELK Mr. Tree for outlines: the tree is made of the hierarchy edges only (each parent centred on
 * its subtree, children in model order), which reads like the plan document and is about twice as
 * fast as layered. Other edges (contributes-to, layers) are routed afterwards (left to right: around
 * the boxes by {@link CrossRoutes}, otherwise straight); nodes they
 * reach but the tree does not (indicators, SDGs, actors) form further components that ELK packs
 * beside the tree. Flat containers only (no nesting). Left to right, levels are left-aligned and
 * the tree edges drawn as org-chart connectors ({@link TreeConnectors}).
 *
 * @param direction    the direction from parent to children
 * @param nodeSpacing  space between siblings
 * @param levelSpacing space between levels
 */
public record MrTreeLayout(Direction direction, double nodeSpacing, double levelSpacing) implements LayoutStrategy {

    @Override
    public void layout(Diagram diagram) {
        ElkSetup.ensure();
        ElkGraphs graphs = ElkGraphs.toElk(diagram, true);
        configure(graphs.root);
        new RecursiveGraphLayoutEngine().layout(graphs.root, new BasicProgressMonitor());
        graphs.fromElk(diagram);
        if (direction == Direction.RIGHT) {
            TreeConnectors.alignLevels(diagram);
            TreeConnectors.route(diagram);
        }
        Map<String, DiagramNode> byId = diagram.nodesById();
        CrossRoutes cross = direction == Direction.RIGHT ? new CrossRoutes(diagram) : null;
        for (DiagramEdge edge : diagram.edges()) {
            if (!edge.hierarchy() && cross != null) {
                cross.route(edge, byId); // around the boxes, not through their text
            } else if (!edge.hierarchy() || edge.route().size() < 2) {
                StraightRoutes.route(edge, byId);
            }
        }
    }

    /** Sets this strategy's options on a graph (public so the benchmark lays out the same way). */
    public void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, direction);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(LayeredLayout.PADDING));
        graph.setProperty(MrTreeOptions.SPACING_NODE_NODE, nodeSpacing);
        graph.setProperty(MrTreeOptions.SPACING_EDGE_NODE, levelSpacing);
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        // children in plan order: adding one element shifts its younger siblings, nothing else
        graph.setProperty(MrTreeOptions.WEIGHTING, OrderWeighting.MODEL_ORDER);
        graph.setProperty(MrTreeOptions.EDGE_ROUTING_MODE, EdgeRoutingMode.AVOID_OVERLAP);
    }
}
