package org.veikart.diagram.render;

import static org.veikart.diagram.render.ShapeGeometry.n;

import java.util.List;
import java.util.function.Function;

import org.veikart.diagram.description.EdgeStyle;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.Shape;
import org.veikart.diagram.layout.TextMeasurer;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Guide;
import org.veikart.diagram.model.Point;
import org.veikart.model.text.HtmlEscape;

/**
 * Writes a laid-out {@link Diagram} as SVG 1.1. Guarantees: well-formed XML; every text and
 * attribute value goes through {@link HtmlEscape}; each node is one {@code <g class="node ...">}
 * carrying {@code data-element-id} (and {@code data-mapping}, {@code data-severity} for validation
 * markers, {@code data-pinned}), with a {@code <title>} tooltip; labels are the pre-wrapped lines as
 * {@code <tspan>}s, so no viewer-side wrapping is needed; no ids are defined, so several diagrams
 * can be inlined into one HTML page. With a link function, each node group is wrapped in
 * {@code <a href>} (unsafe URLs are dropped).
 */
public final class SvgWriter {

    private final Function<String, String> linkForElementId;
    private final boolean inline;

    /**
     * @param linkForElementId href per element id, or null for no links; a null or unsafe href leaves that node unlinked
     * @param inline           true to leave out the XML prolog (for embedding in HTML)
     */
    public SvgWriter(Function<String, String> linkForElementId, boolean inline) {
        this.linkForElementId = linkForElementId;
        this.inline = inline;
    }

    public String write(Diagram diagram) {
        Frame frame = Frame.of(diagram);
        StringBuilder svg = new StringBuilder(diagram.allNodes().count() > 100 ? 1 << 18 : 1 << 14);
        if (!inline) {
            svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"veikart-diagram\"");
        attr(svg, "data-representation", diagram.representation());
        svg.append(" width=\"").append(n(frame.width())).append("\" height=\"").append(n(frame.height()))
                .append("\" viewBox=\"0 0 ").append(n(frame.width())).append(' ').append(n(frame.height())).append('"');
        // the measuring font first, so browsers draw with the metrics the labels were wrapped with
        attr(svg, "font-family", (TextMeasurer.FAMILY.equals("DejaVu Sans") ? "" : "'" + TextMeasurer.FAMILY + "', ")
                + "'DejaVu Sans', Verdana, Arial, sans-serif");
        attr(svg, "role", "img");
        attr(svg, "aria-label", diagram.title());
        svg.append(">\n<title>").append(HtmlEscape.escape(diagram.title())).append("</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
        for (int i = 0; i < frame.titleLines().size(); i++) {
            text(svg, Frame.MARGIN, Frame.titleBaseline(i), frame.titleLines().get(i), Frame.TITLE_SIZE, true, "#102036", false);
        }
        SvgLegend.write(svg, frame);
        svg.append("<g class=\"diagram\" transform=\"translate(0 ").append(n(frame.offsetY())).append(")\">\n");
        // containers first, so that guides (year columns) stay visible on lanes
        diagram.allNodes().filter(node -> !node.children().isEmpty()).forEach(node -> node(svg, node));
        for (Guide guide : diagram.guides()) {
            guide(svg, guide);
        }
        if (diagram.nodes().isEmpty()) {
            text(svg, Frame.MARGIN, 24, Frame.EMPTY, 14, false, "#52606D", false);
        }
        for (DiagramEdge edge : diagram.edges()) {
            edge(svg, edge);
        }
        diagram.allNodes().filter(node -> node.children().isEmpty()).forEach(node -> node(svg, node));
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private void node(StringBuilder svg, DiagramNode node) {
        String href = linkForElementId == null ? null : linkForElementId.apply(node.id());
        boolean linked = href != null && HtmlEscape.isSafeUrl(href);
        if (linked) {
            svg.append("<a");
            attr(svg, "href", href);
            svg.append('>');
        }
        NodeStyle style = node.style();
        svg.append("<g class=\"node node-").append(HtmlEscape.escape(node.mappingId()));
        if (node.marker() != null) {
            svg.append(" marker-").append(node.marker().label());
        }
        svg.append('"');
        attr(svg, "data-element-id", node.id());
        attr(svg, "data-mapping", node.mappingId());
        if (node.marker() != null) {
            attr(svg, "data-severity", node.marker().label());
        }
        if (node.pinned()) {
            attr(svg, "data-pinned", "true");
        }
        if (style.opacity() < 1) {
            attr(svg, "opacity", n(style.opacity()));
        }
        svg.append("><title>").append(HtmlEscape.escape(node.tooltip() != null ? node.tooltip() : node.label())).append("</title>");
        svg.append("<path");
        attr(svg, "d", ShapeGeometry.pathData(ShapeGeometry.outline(style.shape(), node.bounds())));
        attr(svg, "fill", style.fill());
        attr(svg, "stroke", style.border());
        attr(svg, "stroke-width", style.shape() == Shape.LANE ? "1" : "1.4");
        svg.append("/>");
        for (Bounds mark : node.marks()) {
            svg.append("<rect class=\"mark\" x=\"").append(n(mark.x())).append("\" y=\"").append(n(mark.y()))
                    .append("\" width=\"").append(n(mark.width())).append("\" height=\"").append(n(mark.height()))
                    .append("\" rx=\"3\"");
            attr(svg, "fill", style.border());
            svg.append("/>");
        }
        if (style.glyph() != null) {
            Point at = TextBlock.glyphAnchor(node);
            text(svg, at.x(), at.y(), style.glyph(), style.fontSize() * 1.4, true, style.textColour(), true);
        }
        TextBlock block = TextBlock.of(node);
        svg.append("<text");
        attr(svg, "font-size", n(style.fontSize()));
        attr(svg, "fill", style.textColour());
        if (style.bold()) {
            attr(svg, "font-weight", "bold");
        }
        if (block.centred()) {
            attr(svg, "text-anchor", "middle");
        }
        svg.append('>');
        List<String> lines = node.lines();
        for (int i = 0; i < lines.size(); i++) {
            Point at = block.anchors().get(i);
            svg.append("<tspan x=\"").append(n(at.x())).append("\" y=\"").append(n(at.y())).append("\">")
                    .append(HtmlEscape.escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
        Decorations.svg(svg, node);
        svg.append("</g>");
        if (linked) {
            svg.append("</a>");
        }
        svg.append('\n');
    }

    private static void edge(StringBuilder svg, DiagramEdge edge) {
        if (edge.route().size() < 2) {
            return;
        }
        EdgeStyle style = edge.style();
        svg.append("<g class=\"edge edge-").append(HtmlEscape.escape(edge.mappingId())).append('"');
        attr(svg, "data-source", edge.sourceId());
        attr(svg, "data-target", edge.targetId());
        svg.append('>');
        if (edge.label() != null) {
            svg.append("<title>").append(HtmlEscape.escape(edge.label())).append("</title>");
        }
        svg.append("<path fill=\"none\"");
        StringBuilder d = new StringBuilder();
        for (Point point : edge.route()) {
            d.append(d.isEmpty() ? "M" : " L").append(n(point.x())).append(' ').append(n(point.y()));
        }
        attr(svg, "d", d.toString());
        attr(svg, "stroke", style.colour());
        attr(svg, "stroke-width", n(style.width()));
        if (style.dashed()) {
            attr(svg, "stroke-dasharray", "5 3");
        }
        svg.append("/><path");
        attr(svg, "d", ShapeGeometry.pathData(Arrowheads.head(edge.route())));
        attr(svg, "fill", style.colour());
        svg.append("/></g>\n");
    }

    private static void guide(StringBuilder svg, Guide guide) {
        svg.append("<g class=\"guide\"><line x1=\"").append(n(guide.from().x())).append("\" y1=\"").append(n(guide.from().y()))
                .append("\" x2=\"").append(n(guide.to().x())).append("\" y2=\"").append(n(guide.to().y()))
                .append("\" stroke=\"#D5DAE0\" stroke-width=\"1\"/>");
        if (guide.caption() != null) {
            text(svg, guide.from().x() + 6, guide.from().y() + 14, guide.caption(), 12, true, "#52606D", false);
        }
        svg.append("</g>\n");
    }

    static void text(StringBuilder svg, double x, double y, String text, double size, boolean bold, String colour,
            boolean centred) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        attr(svg, "font-size", n(size));
        attr(svg, "fill", colour);
        if (bold) {
            attr(svg, "font-weight", "bold");
        }
        if (centred) {
            attr(svg, "text-anchor", "middle");
        }
        svg.append('>').append(HtmlEscape.escape(text)).append("</text>");
    }

    static void attr(StringBuilder svg, String name, String value) {
        svg.append(' ').append(name).append("=\"").append(HtmlEscape.escape(value)).append('"');
    }
}
