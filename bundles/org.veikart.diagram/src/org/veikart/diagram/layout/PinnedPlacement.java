package org.veikart.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Guide;
import org.veikart.diagram.model.Point;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationState;

/**
 * The stage after layout: moves pinned top-level nodes back to their stored positions (post-layout
 * placement, which works with any layout strategy), then pushes every other node that now overlaps
 * down below it, sweeping top to bottom, so the result is still free of overlaps. Edges of moved
 * nodes are re-routed straight; the canvas grows to fit. Without pinned nodes nothing changes.
 */
public final class PinnedPlacement {

    private static final double GAP = 12;

    private PinnedPlacement() {
    }

    /** Applies the pinned positions of {@code state} to {@code diagram}. */
    public static void apply(Diagram diagram, RepresentationState state) {
        List<DiagramNode> settled = new ArrayList<>();
        List<DiagramNode> moved = new ArrayList<>();
        for (DiagramNode node : diagram.nodes()) {
            ElementState stored = state.element(node.id());
            if (stored != null && stored.pinned() && stored.hasPosition()) {
                node.setPinned(true);
                moveTo(node, Math.max(0, stored.x()), Math.max(0, stored.y()));
                settled.add(node);
                moved.add(node);
            }
        }
        if (settled.isEmpty()) {
            return;
        }
        List<DiagramNode> others = new ArrayList<>(diagram.nodes());
        others.removeAll(settled);
        others.sort(Comparator.comparingDouble((DiagramNode node) -> node.bounds().y()).thenComparingDouble(node -> node.bounds().x()));
        for (DiagramNode node : others) {
            DiagramNode blocker = firstOverlap(node, settled);
            boolean pushed = false;
            while (blocker != null) { // y grows strictly, past one settled node per step: terminates
                moveTo(node, node.bounds().x(), blocker.bounds().y() + blocker.bounds().height() + GAP);
                blocker = firstOverlap(node, settled);
                pushed = true;
            }
            if (pushed) {
                moved.add(node);
            }
            settled.add(node);
        }
        reroute(diagram, moved);
        fit(diagram);
    }

    private static DiagramNode firstOverlap(DiagramNode node, List<DiagramNode> settled) {
        for (DiagramNode other : settled) {
            if (node.bounds().overlaps(other.bounds())) {
                return other;
            }
        }
        return null;
    }

    /** Moves a node and everything nested in it by the same offset. */
    private static void moveTo(DiagramNode node, double x, double y) {
        double dx = x - node.bounds().x();
        double dy = y - node.bounds().y();
        node.selfAndDescendants().forEach(n -> {
            Bounds b = n.bounds();
            n.setBounds(new Bounds(b.x() + dx, b.y() + dy, b.width(), b.height()));
            n.marks().replaceAll(m -> new Bounds(m.x() + dx, m.y() + dy, m.width(), m.height()));
        });
    }

    private static void reroute(Diagram diagram, List<DiagramNode> moved) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        moved.forEach(node -> node.selfAndDescendants().forEach(n -> ids.add(n.id())));
        Map<String, DiagramNode> byId = diagram.nodesById();
        for (DiagramEdge edge : diagram.edges()) {
            if (ids.contains(edge.sourceId()) || ids.contains(edge.targetId())) {
                StraightRoutes.route(edge, byId);
            }
        }
    }

    private static void fit(Diagram diagram) {
        double width = diagram.width();
        double height = diagram.height();
        for (DiagramNode node : diagram.nodes()) {
            width = Math.max(width, node.bounds().x() + node.bounds().width() + LayeredLayout.PADDING);
            height = Math.max(height, node.bounds().y() + node.bounds().height() + LayeredLayout.PADDING);
        }
        for (Guide guide : diagram.guides()) {
            height = Math.max(height, guide.to().y());
        }
        for (DiagramEdge edge : diagram.edges()) {
            for (Point point : edge.route()) {
                width = Math.max(width, point.x());
                height = Math.max(height, point.y());
            }
        }
        diagram.setSize(width, height);
    }
}
