package org.veikart.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Point;

/**
 * Post-processing of a left-to-right tree: nodes of one level (same centre column) are left-aligned,
 * which reads like an indented outline, and each parent's hierarchy edges become an org-chart
 * connector (out of the parent's right side to a vertical bus halfway to its children, then into
 * each child's left side). Left-aligning only widens gaps between levels, so no overlap appears.
 */
final class TreeConnectors {

    private TreeConnectors() {
    }

    static void alignLevels(Diagram diagram) {
        Map<Long, Double> lefts = new HashMap<>();
        for (DiagramNode node : diagram.nodes()) {
            lefts.merge(Math.round(node.bounds().centreX()), node.bounds().x(), Math::min);
        }
        for (DiagramNode node : diagram.nodes()) {
            Bounds b = node.bounds();
            node.setBounds(new Bounds(lefts.get(Math.round(b.centreX())), b.y(), b.width(), b.height()));
        }
    }

    static void route(Diagram diagram) {
        Map<String, DiagramNode> byId = diagram.nodesById();
        Map<String, List<DiagramEdge>> byParent = new HashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (edge.hierarchy() && byId.containsKey(edge.sourceId()) && byId.containsKey(edge.targetId())) {
                byParent.computeIfAbsent(edge.sourceId(), id -> new ArrayList<>()).add(edge);
            }
        }
        for (Map.Entry<String, List<DiagramEdge>> entry : byParent.entrySet()) {
            Bounds parent = byId.get(entry.getKey()).bounds();
            double right = parent.x() + parent.width();
            double firstChild = entry.getValue().stream().mapToDouble(e -> byId.get(e.targetId()).bounds().x()).min().orElse(right);
            if (firstChild <= right) {
                entry.getValue().forEach(edge -> StraightRoutes.route(edge, byId)); // not a left-to-right tree here
                continue;
            }
            double bus = (right + firstChild) / 2;
            for (DiagramEdge edge : entry.getValue()) {
                Bounds child = byId.get(edge.targetId()).bounds();
                edge.route().clear();
                edge.route().add(new Point(right, parent.centreY()));
                edge.route().add(new Point(bus, parent.centreY()));
                edge.route().add(new Point(bus, child.centreY()));
                edge.route().add(new Point(child.x(), child.centreY()));
            }
        }
    }
}
