package org.veikart.diagram.render;

import static org.veikart.diagram.render.ShapeGeometry.n;

import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Marker;

/**
 * The node decorators both renderers draw: the validation marker (a red or amber disc with "!" on
 * the top-right corner) and the badge (e.g. "+12" on a collapsed node, bottom-right).
 */
final class Decorations {

    static final double MARKER_RADIUS = 8;

    private Decorations() {
    }

    static String markerColour(Marker marker) {
        return marker == Marker.ERROR ? "#D92D20" : "#F79009";
    }

    /** @return the centre of the marker disc: the top-right corner, on the outline of round shapes */
    static double[] markerCentre(DiagramNode node) {
        Bounds b = node.bounds();
        if (node.style().shape() == org.veikart.diagram.description.Shape.ELLIPSE) {
            return new double[] {b.x() + b.width() * 0.85, b.y() + b.height() * 0.15};
        }
        return new double[] {b.x() + b.width() - 3, b.y() + 3};
    }

    /** @return the Norwegian name of a marker, for tooltips */
    static String markerText(Marker marker) {
        return marker == Marker.ERROR ? "Feil i planen" : "Advarsel";
    }

    /** @return the badge box */
    static Bounds badgeBox(DiagramNode node) {
        double width = 10 + 7 * node.badge().length();
        Bounds b = node.bounds();
        return new Bounds(b.x() + b.width() - width + 4, b.y() + b.height() - 10, width, 16);
    }

    static void svg(StringBuilder svg, DiagramNode node) {
        if (node.marker() != null) {
            double[] c = markerCentre(node);
            svg.append("<g class=\"validation-marker\"><title>").append(markerText(node.marker())).append("</title><circle cx=\"").append(n(c[0])).append("\" cy=\"").append(n(c[1]))
                    .append("\" r=\"").append(n(MARKER_RADIUS)).append("\" fill=\"").append(markerColour(node.marker()))
                    .append("\" stroke=\"#FFFFFF\"/>");
            SvgWriter.text(svg, c[0], c[1] + 4.5, "!", 12, true, "#FFFFFF", true);
            svg.append("</g>");
        }
        if (node.badge() != null) {
            Bounds box = badgeBox(node);
            svg.append("<g class=\"badge\"><rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y()))
                    .append("\" width=\"").append(n(box.width())).append("\" height=\"").append(n(box.height()))
                    .append("\" rx=\"8\" fill=\"#52606D\"/>");
            SvgWriter.text(svg, box.centreX(), box.y() + 12, node.badge(), 11, true, "#FFFFFF", true);
            svg.append("</g>");
        }
    }
}
