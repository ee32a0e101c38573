package org.veikart.diagram.layout;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Point;

/**
 * Orthogonal routes for the cross references of a left-to-right tree (contributes-to, indicator,
 * SDG and actor edges), which drawn straight would run through boxes and their text: out of the
 * source's right side into the free channel right of its level, along that channel to a horizontal
 * corridor free of nodes, along the corridor to the channel left of the target's level, and into the
 * target's left side. The corridor is the free height nearest to both ends (candidates: the ends'
 * own heights and just above or below each node in the way). If no candidate route is free of
 * nodes, the edge is drawn straight.
 */
final class CrossRoutes {

    /** Distance of a channel from the boxes of its level. */
    private static final double CHANNEL = 8;
    /** Candidate corridors tried per edge; the cheapest first, so few are needed in practice. */
    private static final int MAX_TRIES = 40;

    private final List<DiagramNode> leaves;
    private final Map<Long, Double> levelRight = new HashMap<>();

    CrossRoutes(Diagram diagram) {
        leaves = diagram.allNodes().filter(node -> node.children().isEmpty()).toList();
        for (DiagramNode node : leaves) {
            levelRight.merge(Math.round(node.bounds().x()), node.bounds().x() + node.bounds().width(), Math::max);
        }
    }

    /** Routes {@code edge} as described above. */
    void route(DiagramEdge edge, Map<String, DiagramNode> byId) {
        DiagramNode source = byId.get(edge.sourceId());
        DiagramNode target = byId.get(edge.targetId());
        if (source == null || target == null || source == target) {
            StraightRoutes.route(edge, byId);
            return;
        }
        Bounds s = source.bounds();
        Bounds t = target.bounds();
        double out = levelRight.getOrDefault(Math.round(s.x()), s.x() + s.width()) + CHANNEL;
        double in = t.x() - CHANNEL;
        List<Double> candidates = new ArrayList<>(List.of(s.centreY(), t.centreY()));
        double low = Math.min(out, in);
        double high = Math.max(out, in);
        for (DiagramNode node : leaves) {
            Bounds b = node.bounds();
            if (b.x() < high && b.x() + b.width() > low) {
                candidates.add(b.y() - CHANNEL);
                candidates.add(b.y() + b.height() + CHANNEL);
            }
        }
        candidates.sort(Comparator.comparingDouble(y -> Math.abs(y - s.centreY()) + Math.abs(y - t.centreY())));
        for (int i = 0; i < Math.min(MAX_TRIES, candidates.size()); i++) {
            double y = candidates.get(i);
            List<Point> route = List.of(new Point(s.x() + s.width(), s.centreY()), new Point(out, s.centreY()),
                    new Point(out, y), new Point(in, y), new Point(in, t.centreY()), new Point(t.x(), t.centreY()));
            if (free(route, source, target)) {
                edge.route().clear();
                edge.route().addAll(simplified(route));
                return;
            }
        }
        StraightRoutes.route(edge, byId);
    }

    private boolean free(List<Point> route, DiagramNode source, DiagramNode target) {
        for (int i = 1; i < route.size(); i++) {
            Line2D segment = new Line2D.Double(route.get(i - 1).x(), route.get(i - 1).y(), route.get(i).x(), route.get(i).y());
            for (DiagramNode node : leaves) {
                Bounds b = node.bounds();
                if (node != source && node != target && segment.intersects(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the route without repeated points (zero-length segments would confuse arrowheads) */
    private static List<Point> simplified(List<Point> route) {
        List<Point> result = new ArrayList<>();
        for (Point point : route) {
            if (result.isEmpty() || !result.get(result.size() - 1).equals(point)) {
                result.add(point);
            }
        }
        return result;
    }
}
