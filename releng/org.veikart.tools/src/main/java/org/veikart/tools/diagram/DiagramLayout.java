package org.veikart.tools.diagram;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * Lays out a {@link ClassDiagram} with ELK Layered in plain Java (no OSGi: the layered algorithm's
 * meta data is registered by hand): top-down, orthogonal edge routing, edge labels placed by the
 * algorithm (so they get space of their own), disconnected parts such as the enums packed beside
 * the main graph. Afterwards every node, edge section and label has absolute coordinates relative
 * to the root.
 */
final class DiagramLayout {

    private static boolean registered;

    private static synchronized void registerLayered() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    void layout(ClassDiagram diagram) {
        registerLayered();
        var root = diagram.root;
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 60.0);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        root.setProperty(LayeredOptions.ASPECT_RATIO, 1.6);
        root.setProperty(LayeredOptions.THOROUGHNESS, 30);
        // self-containments (subGoals, subAreas, ...) need room for the diamond on their loop
        root.setProperty(CoreOptions.SPACING_NODE_SELF_LOOP, 24.0);
        // metamodel order (Plan before Goal before Measure ...) reads better than arbitrary order
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // straighter edges, and Plan's many containments fanned out as a tree
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.HIGH_DEGREE_NODES_TREATMENT, true);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }
}
