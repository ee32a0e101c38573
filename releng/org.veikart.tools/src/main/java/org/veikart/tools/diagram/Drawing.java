package org.veikart.tools.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A renderer-neutral drawing: rectangles, lines, polygons and text in absolute pixel coordinates,
 * grouped per classifier box, edge and decoration. {@link SvgRenderer} and {@link PngRenderer} draw
 * exactly these shapes, so the SVG and the PNG show the same picture.
 */
final class Drawing {

    record Point(double x, double y) {
    }

    sealed interface Shape permits Rect, Polyline, Polygon, Text {
    }

    /** {@code role} says what the rectangle is ("box", "label"); the SVG writes it as its class. */
    record Rect(String role, double x, double y, double width, double height, String fill, String stroke,
            double strokeWidth) implements Shape {
    }

    record Polyline(List<Point> points, String stroke, double width, boolean dashed) implements Shape {
    }

    /** Closed polygon; {@code fill} null means hollow (the background colour). */
    record Polygon(List<Point> points, String fill, String stroke) implements Shape {
    }

    /** Text with its baseline at {@code y}; {@code x} is the left end, or the centre if {@code centred}. */
    record Text(double x, double y, String text, FontSpec font, String colour, boolean centred) implements Shape {
    }

    /** Shapes that belong together; kind "classifier" groups are the class/enum boxes. */
    record Group(String kind, String name, List<Shape> shapes) {
    }

    final double width;
    final double height;
    final String background;
    final List<Group> groups = new ArrayList<>();

    Drawing(double width, double height, String background) {
        this.width = width;
        this.height = height;
        this.background = background;
    }

    Group group(String kind, String name) {
        Group group = new Group(kind, name, new ArrayList<>());
        groups.add(group);
        return group;
    }
}
