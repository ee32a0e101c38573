package org.veikart.diagram.render;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.veikart.diagram.description.Shape;
import org.veikart.diagram.model.Bounds;

/**
 * The outline of each {@link Shape} as a Java2D shape, the single source of geometry for both
 * renderers: the PNG renderer fills and strokes it, the SVG writer turns it into path data, so both
 * pictures have identical outlines.
 */
final class ShapeGeometry {

    private ShapeGeometry() {
    }

    static java.awt.Shape outline(Shape shape, Bounds b) {
        return switch (shape) {
            case ROUNDED -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 14, 14);
            case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
            case HEXAGON -> hexagon(b);
            case TILE, LANE -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 6, 6);
            case RECTANGLE -> new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
        };
    }

    private static java.awt.Shape hexagon(Bounds b) {
        double inset = Math.min(12, b.width() / 4);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(b.x() + inset, b.y());
        path.lineTo(b.x() + b.width() - inset, b.y());
        path.lineTo(b.x() + b.width(), b.centreY());
        path.lineTo(b.x() + b.width() - inset, b.y() + b.height());
        path.lineTo(b.x() + inset, b.y() + b.height());
        path.lineTo(b.x(), b.centreY());
        path.closePath();
        return path;
    }

    /** @return SVG path data for a Java2D shape (curves kept as cubic/quadratic segments) */
    static String pathData(java.awt.Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3])).append(' ').append(n(c[4])).append(' ').append(n(c[5]));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    /** @return a number with at most one decimal, locale independent */
    static String n(double value) {
        // hot path of the SVG writer: no String.format
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long fraction = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return fraction == 0 ? Long.toString(whole) : sign + whole + "." + fraction;
    }
}
