package org.veikart.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.Shape;
import org.veikart.diagram.layout.NodeSizer;
import org.veikart.diagram.layout.TextMeasurer;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Point;

/**
 * Where a node's label lines go: baselines of each wrapped line, centred for round shapes and
 * tiles, left-aligned after the glyph column otherwise, caption at the top for lanes. Shared by both
 * renderers so text sits in the same place in SVG and PNG.
 *
 * @param anchors  the baseline start (or centre, see {@code centred}) of each line
 * @param centred  true if anchors are line centres
 */
record TextBlock(List<Point> anchors, boolean centred) {

    /** Ascent of DejaVu Sans relative to the font size. */
    static final double ASCENT = 0.93;

    static TextBlock of(DiagramNode node) {
        NodeStyle style = node.style();
        double lineHeight = TextMeasurer.lineHeight(style.fontSize());
        double blockHeight = node.lines().size() * lineHeight;
        boolean centred = style.shape() == Shape.ELLIPSE || style.shape() == Shape.HEXAGON;
        double glyph = NodeSizer.glyphWidth(style);
        double x = centred ? node.bounds().centreX() + glyph / 2 : node.bounds().x() + NodeSizer.PAD_X + glyph;
        double top = style.shape() == Shape.LANE ? node.bounds().y() + NodeSizer.PAD_Y
                : node.bounds().centreY() - blockHeight / 2;
        List<Point> anchors = new ArrayList<>();
        for (int i = 0; i < node.lines().size(); i++) {
            anchors.add(new Point(x, top + i * lineHeight + (lineHeight - style.fontSize()) / 2 + style.fontSize() * ASCENT));
        }
        return new TextBlock(anchors, centred);
    }

    /** @return the baseline of the glyph, vertically centred in the node (caption row for lanes) */
    static Point glyphAnchor(DiagramNode node) {
        double size = node.style().fontSize() * 1.4;
        return new Point(node.bounds().x() + NodeSizer.PAD_X / 2 + (NodeSizer.glyphWidth(node.style()) - NodeSizer.PAD_X) / 2,
                node.bounds().centreY() + size * ASCENT / 2 - 1);
    }
}
