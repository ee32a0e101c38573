package org.veikart.diagram.render;

import java.awt.geom.Path2D;
import java.util.List;

import org.veikart.diagram.model.Point;

/** The filled triangle at the end of an edge route, pointing along its last segment. */
final class Arrowheads {

    static final double LENGTH = 8;
    static final double HALF_WIDTH = 3.5;

    private Arrowheads() {
    }

    static Path2D head(List<Point> route) {
        Point tip = route.get(route.size() - 1);
        Point from = route.get(route.size() - 2);
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        Path2D.Double path = new Path2D.Double();
        if (length == 0) {
            return path;
        }
        double ux = dx / length;
        double uy = dy / length;
        double bx = tip.x() - ux * LENGTH;
        double by = tip.y() - uy * LENGTH;
        path.moveTo(tip.x(), tip.y());
        path.lineTo(bx - uy * HALF_WIDTH, by + ux * HALF_WIDTH);
        path.lineTo(bx + uy * HALF_WIDTH, by - ux * HALF_WIDTH);
        path.closePath();
        return path;
    }
}
