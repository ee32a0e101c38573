package org.veikart.tools.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.veikart.tools.diagram.Drawing.Group;
import org.veikart.tools.diagram.Drawing.Point;
import org.veikart.tools.diagram.Drawing.Polygon;
import org.veikart.tools.diagram.Drawing.Polyline;
import org.veikart.tools.diagram.Drawing.Rect;
import org.veikart.tools.diagram.Drawing.Text;

/**
 * Turns a laid-out {@link ClassDiagram} into a {@link Drawing}: a header band with title and legend,
 * then edges (routes with UML end markers and labels on a white ground), then the boxes on top
 * (name compartment, divider, members). Coordinates are ELK's, shifted down by the header.
 */
final class DrawingBuilder {

    private static final double HEADER = 44;

    private final DiagramStyle style;

    DrawingBuilder(DiagramStyle style) {
        this.style = style;
    }

    Drawing build(ClassDiagram diagram) {
        ElkNode root = diagram.root;
        double width = Math.max(root.getWidth(), 640);
        Drawing drawing = new Drawing(Math.ceil(width), Math.ceil(root.getHeight() + HEADER), style.background);
        header(drawing, diagram.title);
        Set<Point> triangles = new HashSet<>();
        for (Map.Entry<ElkEdge, EdgeKind> entry : diagram.edges.entrySet()) {
            edge(drawing, entry.getKey(), entry.getValue(), triangles);
        }
        for (Map.Entry<ElkNode, ClassifierBox> entry : diagram.boxes.entrySet()) {
            box(drawing, entry.getKey(), entry.getValue());
        }
        return drawing;
    }

    private void header(Drawing drawing, String title) {
        Group group = drawing.group("header", "title");
        group.shapes().add(new Text(24, 26, title, style.nameFont, style.textColour, false));
        double x = drawing.width - 24 - 460;
        double y = 22;
        legend(group, x, y, EdgeKind.INHERITANCE, "inheritance");
        legend(group, x + 140, y, EdgeKind.CONTAINMENT, "containment");
        legend(group, x + 290, y, EdgeKind.REFERENCE, "reference");
        group.shapes().add(new Text(x, y + 16, "italic name = abstract class", style.edgeLabelFont, style.textColour, false));
    }

    private void legend(Group group, double x, double y, EdgeKind kind, String text) {
        Point left = new Point(x, y - 4);
        Point right = new Point(x + 40, y - 4);
        List<Point> line = new ArrayList<>(List.of(left, right));
        marker(group, kind, line, right, left);
        group.shapes().add(new Text(x + 48, y, text, style.edgeLabelFont, style.textColour, false));
    }

    private void edge(Drawing drawing, ElkEdge edge, EdgeKind kind, Set<Point> triangles) {
        Group group = drawing.group("edge", kind.name().toLowerCase());
        for (ElkEdgeSection section : edge.getSections()) {
            List<Point> points = new ArrayList<>();
            points.add(point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(point(bend.getX(), bend.getY()));
            }
            points.add(point(section.getEndX(), section.getEndY()));
            // subclasses share their superclass's port: draw its triangle once
            boolean drawMarker = kind != EdgeKind.INHERITANCE || triangles.add(points.get(0));
            if (drawMarker) {
                Point tip = kind == EdgeKind.REFERENCE ? points.get(points.size() - 1) : points.get(0);
                Point from = kind == EdgeKind.REFERENCE ? points.get(points.size() - 2) : points.get(1);
                marker(group, kind, points, tip, from);
            } else {
                group.shapes().add(0, new Polyline(points, colour(kind), 1.2, false));
            }
        }
        for (ElkLabel label : edge.getLabels()) {
            double x = label.getX();
            double y = label.getY() + HEADER;
            group.shapes().add(new Rect("label", x, y, label.getWidth(), label.getHeight(), "#FFFFFF", null, 0));
            group.shapes().add(new Text(x + 2, y + style.ascent(style.edgeLabelFont), label.getText(),
                    style.edgeLabelFont, colour(kind), false));
        }
    }

    /** Adds the marker at {@code tip} and the line, shortened where a hollow or filled marker sits. */
    private void marker(Group group, EdgeKind kind, List<Point> points, Point tip, Point from) {
        List<Point> line = new ArrayList<>(points);
        int end = tip.equals(line.get(0)) ? 0 : line.size() - 1;
        switch (kind) {
            case INHERITANCE -> {
                EdgeMarkers.Marker marker = EdgeMarkers.triangle(tip, from);
                line.set(end, marker.lineEnd());
                group.shapes().add(new Polyline(line, colour(kind), 1.2, false));
                group.shapes().add(new Polygon(marker.points(), null, colour(kind)));
            }
            case CONTAINMENT -> {
                EdgeMarkers.Marker marker = EdgeMarkers.diamond(tip, from);
                line.set(end, marker.lineEnd());
                group.shapes().add(new Polyline(line, colour(kind), 1.2, false));
                group.shapes().add(new Polygon(marker.points(), colour(kind), colour(kind)));
            }
            case REFERENCE -> {
                group.shapes().add(new Polyline(line, colour(kind), 1.0, true));
                group.shapes().add(new Polyline(EdgeMarkers.arrow(tip, from).points(), colour(kind), 1.0, false));
            }
        }
    }

    private void box(Drawing drawing, ElkNode node, ClassifierBox box) {
        boolean elsewhere = box.kind() == ClassifierBox.Kind.ELSEWHERE;
        Group group = drawing.group(elsewhere ? "classifier-elsewhere" : "classifier", box.name());
        BoxLayout layout = new BoxLayout(box, style);
        double x = node.getX();
        double y = node.getY() + HEADER;
        String fill = switch (box.kind()) {
            case CLASS -> style.classFill;
            case ABSTRACT_CLASS -> style.abstractFill;
            case ENUM -> style.enumFill;
            case ELSEWHERE -> style.background;
        };
        group.shapes().add(new Rect("box", x, y, node.getWidth(), node.getHeight(), fill,
                elsewhere ? style.elsewhereColour : style.boxStroke, 1));
        if (layout.dividerY() >= 0) {
            group.shapes().add(new Polyline(List.of(new Point(x, y + layout.dividerY()),
                    new Point(x + node.getWidth(), y + layout.dividerY())), style.boxStroke, 0.8, false));
        }
        for (BoxLayout.Line line : layout.lines()) {
            double textX = line.centred() ? x + node.getWidth() / 2 : x + style.padX;
            group.shapes().add(new Text(textX, y + line.baseline(), line.text(), line.font(),
                    elsewhere ? style.elsewhereColour : style.textColour, line.centred()));
        }
    }

    private Point point(double x, double y) {
        return new Point(x, y + HEADER);
    }

    private String colour(EdgeKind kind) {
        return switch (kind) {
            case INHERITANCE -> style.inheritanceColour;
            case CONTAINMENT -> style.containmentColour;
            case REFERENCE -> style.referenceColour;
        };
    }
}
