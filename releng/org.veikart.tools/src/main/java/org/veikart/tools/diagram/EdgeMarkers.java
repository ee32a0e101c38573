package org.veikart.tools.diagram;

import java.util.List;

import org.veikart.tools.diagram.Drawing.Point;

/**
 * UML end markers at an edge end: {@code tip} is the point on the box border, {@code from} the
 * neighbouring route point, so the marker points into the box. Each method returns the shape's
 * points and where the line must stop so it does not run through a hollow marker.
 */
final class EdgeMarkers {

    static final double TRIANGLE_LENGTH = 12;
    static final double TRIANGLE_HALF_WIDTH = 7;
    static final double DIAMOND_HALF_LENGTH = 8;
    static final double DIAMOND_HALF_WIDTH = 5;
    static final double ARROW_LENGTH = 10;
    static final double ARROW_HALF_WIDTH = 5;

    record Marker(List<Point> points, Point lineEnd) {
    }

    private EdgeMarkers() {
    }

    static Marker triangle(Point tip, Point from) {
        double[] u = unit(tip, from);
        Point base = along(tip, u, -TRIANGLE_LENGTH);
        return new Marker(List.of(tip, side(base, u, TRIANGLE_HALF_WIDTH), side(base, u, -TRIANGLE_HALF_WIDTH)), base);
    }

    static Marker diamond(Point tip, Point from) {
        double[] u = unit(tip, from);
        Point middle = along(tip, u, -DIAMOND_HALF_LENGTH);
        Point back = along(tip, u, -2 * DIAMOND_HALF_LENGTH);
        return new Marker(List.of(tip, side(middle, u, DIAMOND_HALF_WIDTH), back, side(middle, u, -DIAMOND_HALF_WIDTH)), back);
    }

    /** Open arrow: a polyline wing-tip-wing; the line runs on to the tip. */
    static Marker arrow(Point tip, Point from) {
        double[] u = unit(tip, from);
        Point base = along(tip, u, -ARROW_LENGTH);
        return new Marker(List.of(side(base, u, ARROW_HALF_WIDTH), tip, side(base, u, -ARROW_HALF_WIDTH)), tip);
    }

    private static double[] unit(Point tip, Point from) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        return length == 0 ? new double[] {0, 1} : new double[] {dx / length, dy / length};
    }

    private static Point along(Point p, double[] u, double distance) {
        return new Point(p.x() + u[0] * distance, p.y() + u[1] * distance);
    }

    private static Point side(Point p, double[] u, double distance) {
        return new Point(p.x() - u[1] * distance, p.y() + u[0] * distance);
    }
}
