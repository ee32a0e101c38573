package org.veikart.diagram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Point;

/**
 * Translates between the diagram model and an ELK graph: {@link #toElk} makes one ELK node per
 * diagram node (containers nest their children) in diagram order, so ELK's model order is the plan's
 * order, and one edge per diagram edge; {@link #fromElk} copies positions and routes back as
 * absolute coordinates.
 */
final class ElkGraphs {

    final ElkNode root = ElkGraphUtil.createGraph();
    final Map<DiagramNode, ElkNode> nodes = new HashMap<>();
    final Map<DiagramEdge, ElkEdge> edges = new HashMap<>();

    /** @return the ELK graph of {@code diagram}, nodes sized as the diagram says */
    static ElkGraphs toElk(Diagram diagram) {
        return toElk(diagram, false);
    }

    /**
     * @param treeEdgesOnly true for tree algorithms: hierarchy edges only, plus for each node outside
     *                      the hierarchy (a layer's indicator, SDG or actor) its first incoming edge,
     *                      so that it is placed beside the first element that refers to it
     */
    static ElkGraphs toElk(Diagram diagram, boolean treeEdgesOnly) {
        ElkGraphs graphs = new ElkGraphs();
        Map<String, ElkNode> byId = new HashMap<>();
        for (DiagramNode node : diagram.nodes()) {
            graphs.add(node, graphs.root, byId);
        }
        java.util.Set<String> inHierarchy = new java.util.HashSet<>();
        diagram.edges().stream().filter(DiagramEdge::hierarchy).forEach(edge -> {
            inHierarchy.add(edge.sourceId());
            inHierarchy.add(edge.targetId());
        });
        for (DiagramEdge edge : diagram.edges()) {
            if (treeEdgesOnly && !edge.hierarchy() && !inHierarchy.add(edge.targetId())) {
                continue; // a cross reference, drawn straight after the layout
            }
            ElkNode source = byId.get(edge.sourceId());
            ElkNode target = byId.get(edge.targetId());
            if (source != null && target != null && source != target) {
                ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
                ElkGraphUtil.updateContainment(elkEdge);
                graphs.edges.put(edge, elkEdge);
            }
        }
        return graphs;
    }

    private void add(DiagramNode node, ElkNode parent, Map<String, ElkNode> byId) {
        ElkNode elkNode = ElkGraphUtil.createNode(parent);
        elkNode.setIdentifier(node.id());
        elkNode.setDimensions(node.bounds().width(), node.bounds().height());
        nodes.put(node, elkNode);
        byId.put(node.id(), elkNode);
        for (DiagramNode child : node.children()) {
            add(child, elkNode, byId);
        }
    }

    /** @return true if an edge connects nodes of different containers */
    boolean crossesHierarchy() {
        return edges.values().stream().anyMatch(edge -> ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)).getParent()
                != ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)).getParent());
    }

    /** Copies the laid-out positions, sizes and edge routes back into {@code diagram}. */
    void fromElk(Diagram diagram) {
        for (Map.Entry<DiagramNode, ElkNode> entry : nodes.entrySet()) {
            ElkNode elk = entry.getValue();
            double[] origin = absoluteOrigin(elk.getParent());
            entry.getKey().setBounds(new Bounds(origin[0] + elk.getX(), origin[1] + elk.getY(), elk.getWidth(), elk.getHeight()));
        }
        for (Map.Entry<DiagramEdge, ElkEdge> entry : edges.entrySet()) {
            ElkEdge elk = entry.getValue();
            List<Point> route = entry.getKey().route();
            route.clear();
            if (elk.getSections().isEmpty()) {
                continue;
            }
            double[] origin = absoluteOrigin(elk.getContainingNode());
            ElkEdgeSection section = elk.getSections().get(0);
            route.add(new Point(origin[0] + section.getStartX(), origin[1] + section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                route.add(new Point(origin[0] + bend.getX(), origin[1] + bend.getY()));
            }
            route.add(new Point(origin[0] + section.getEndX(), origin[1] + section.getEndY()));
        }
        // Mr. Tree does not always grow the root to its content: take the extent of the nodes too
        double width = root.getWidth();
        double height = root.getHeight();
        for (DiagramNode node : nodes.keySet()) {
            width = Math.max(width, node.bounds().x() + node.bounds().width() + LayeredLayout.PADDING);
            height = Math.max(height, node.bounds().y() + node.bounds().height() + LayeredLayout.PADDING);
        }
        diagram.setSize(width, height);
    }

    /** @return the absolute position of the top-left corner of {@code node} (root: 0, 0) */
    private static double[] absoluteOrigin(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode current = node; current != null && current.getParent() != null; current = current.getParent()) {
            x += current.getX();
            y += current.getY();
        }
        return new double[] {x, y};
    }
}
