package org.veikart.diagram.layout;

import java.util.Map;

import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Point;

/**
 * Straight edge routes from border to border, for layouts that do not route (timeline) and for
 * edges of nodes moved after layout (pinned nodes).
 */
public final class StraightRoutes {

    private StraightRoutes() {
    }

    /** Replaces the route of {@code edge} with a straight line between its nodes' borders. */
    public static void route(DiagramEdge edge, Map<String, DiagramNode> nodes) {
        DiagramNode source = nodes.get(edge.sourceId());
        DiagramNode target = nodes.get(edge.targetId());
        edge.route().clear();
        if (source == null || target == null) {
            return;
        }
        Point from = new Point(source.bounds().centreX(), source.bounds().centreY());
        Point to = new Point(target.bounds().centreX(), target.bounds().centreY());
        edge.route().add(border(source.bounds(), from, to));
        edge.route().add(border(target.bounds(), to, from));
    }

    /** @return where the line from the centre {@code inside} towards {@code outside} leaves {@code box} */
    static Point border(Bounds box, Point inside, Point outside) {
        double dx = outside.x() - inside.x();
        double dy = outside.y() - inside.y();
        if (dx == 0 && dy == 0) {
            return inside;
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(inside.x() + dx * s, inside.y() + dy * s);
    }
}
