package org.veikart.diagram.render;

import static org.veikart.diagram.render.ShapeGeometry.n;

import org.veikart.diagram.description.EdgeStyle;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.model.Bounds;

/** The SVG legend: for each entry of the {@link Frame} a sample shape or line and its label. */
final class SvgLegend {

    private SvgLegend() {
    }

    static void write(StringBuilder svg, Frame frame) {
        svg.append("<g class=\"legend\">");
        for (Frame.Item item : frame.items()) {
            Bounds sample = new Bounds(item.at().x(), item.at().y(), Frame.SAMPLE_WIDTH, Frame.SAMPLE_HEIGHT);
            if (item.entry().nodeStyle() != null) {
                NodeStyle style = item.entry().nodeStyle();
                svg.append("<path");
                SvgWriter.attr(svg, "d", ShapeGeometry.pathData(ShapeGeometry.outline(style.shape(), sample)));
                SvgWriter.attr(svg, "fill", style.fill());
                SvgWriter.attr(svg, "stroke", style.border());
                if (style.opacity() < 1) {
                    SvgWriter.attr(svg, "opacity", n(style.opacity()));
                }
                svg.append("/>");
            } else {
                EdgeStyle style = item.entry().edgeStyle();
                svg.append("<line x1=\"").append(n(sample.x())).append("\" y1=\"").append(n(sample.centreY()))
                        .append("\" x2=\"").append(n(sample.x() + sample.width())).append("\" y2=\"").append(n(sample.centreY())).append('"');
                SvgWriter.attr(svg, "stroke", style.colour());
                SvgWriter.attr(svg, "stroke-width", n(style.width() + 0.6));
                if (style.dashed()) {
                    SvgWriter.attr(svg, "stroke-dasharray", "5 3");
                }
                svg.append("/>");
            }
            SvgWriter.text(svg, sample.x() + Frame.SAMPLE_WIDTH + 6, sample.y() + 12.5, item.entry().label(), Frame.LEGEND_SIZE, false,
                    "#323F4B", false);
        }
        svg.append("</g>\n");
    }
}
