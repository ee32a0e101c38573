package org.veikart.tools.diagram;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.veikart.tools.diagram.Drawing.Group;
import org.veikart.tools.diagram.Drawing.Point;
import org.veikart.tools.diagram.Drawing.Polygon;
import org.veikart.tools.diagram.Drawing.Polyline;
import org.veikart.tools.diagram.Drawing.Rect;
import org.veikart.tools.diagram.Drawing.Shape;
import org.veikart.tools.diagram.Drawing.Text;

/**
 * Writes a {@link Drawing} as a standalone SVG 1.1 document (UTF-8, no DOCTYPE, all text
 * XML-escaped). Each group becomes a {@code <g class="KIND" data-name="NAME">}; rectangles carry
 * their role as class ({@code <rect class="box">} in classifier groups, {@code class="label"} behind
 * edge labels), which is what the tests read.
 */
final class SvgRenderer {

    String render(Drawing drawing) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(drawing.width))
                .append("\" height=\"").append(num(drawing.height)).append("\" viewBox=\"0 0 ")
                .append(num(drawing.width)).append(' ').append(num(drawing.height)).append("\">\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"").append(drawing.background).append("\"/>\n");
        for (Group group : drawing.groups) {
            svg.append("<g class=\"").append(escape(group.kind())).append("\" data-name=\"").append(escape(group.name()))
                    .append("\">\n");
            for (Shape shape : group.shapes()) {
                svg.append("  ");
                shape(svg, shape);
                svg.append('\n');
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void shape(StringBuilder svg, Shape shape) {
        switch (shape) {
            case Rect r -> svg.append("<rect class=\"").append(escape(r.role())).append("\" x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y()))
                    .append("\" width=\"").append(num(r.width())).append("\" height=\"").append(num(r.height()))
                    .append("\" fill=\"").append(r.fill()).append("\" stroke=\"")
                    .append(r.stroke() == null ? "none" : r.stroke()).append("\" stroke-width=\"")
                    .append(num(r.strokeWidth())).append("\"/>");
            case Polyline p -> svg.append("<polyline points=\"").append(points(p.points()))
                    .append("\" fill=\"none\" stroke=\"").append(p.stroke()).append("\" stroke-width=\"")
                    .append(num(p.width())).append('"').append(p.dashed() ? " stroke-dasharray=\"5 3\"" : "")
                    .append("/>");
            case Polygon p -> svg.append("<polygon points=\"").append(points(p.points())).append("\" fill=\"")
                    .append(p.fill() == null ? "#FFFFFF" : p.fill()).append("\" stroke=\"").append(p.stroke())
                    .append("\" stroke-width=\"1.2\"/>");
            case Text t -> svg.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
                    .append("\" font-family=\"").append(escape(t.font().cssFamily())).append("\" font-size=\"")
                    .append(num(t.font().size())).append('"').append(t.font().bold() ? " font-weight=\"bold\"" : "")
                    .append(t.font().italic() ? " font-style=\"italic\"" : "")
                    .append(t.centred() ? " text-anchor=\"middle\"" : "").append(" fill=\"").append(t.colour())
                    .append("\">").append(escape(t.text())).append("</text>");
        }
    }

    private static String points(List<Point> points) {
        return points.stream().map(p -> num(p.x()) + "," + num(p.y())).collect(Collectors.joining(" "));
    }

    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** XML escaping for text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
