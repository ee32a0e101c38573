package org.veikart.diagram.layout;

import java.util.List;

import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.Shape;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationState;

/**
 * The stage before layout: wraps each node's label to its style's width and sizes the node to the
 * wrapped text plus padding (and glyph column), so nothing is clipped. A size stored in the
 * representation state widens the node (the label is re-wrapped to it) but never shrinks it below
 * what the text needs. Containers get the size of their caption; the layout grows them around
 * their children.
 */
public final class NodeSizer {

    /** Horizontal padding inside a node. */
    public static final double PAD_X = 10;
    /** Vertical padding inside a node. */
    public static final double PAD_Y = 7;

    private NodeSizer() {
    }

    /** Sizes every node of {@code diagram}, nested ones included. */
    public static void size(Diagram diagram, RepresentationState state) {
        diagram.allNodes().forEach(node -> size(node, state.element(node.id())));
    }

    private static void size(DiagramNode node, ElementState stored) {
        NodeStyle style = node.style();
        double glyph = glyphWidth(style);
        double maxText = style.maxTextWidth();
        if (stored != null && stored.width() != null) {
            maxText = Math.max(maxText, stored.width() - 2 * PAD_X - glyph);
        }
        List<String> lines = LabelWrapper.wrap(node.label(), maxText, style.fontSize(), style.bold());
        node.setLines(lines);
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, TextMeasurer.width(line, style.fontSize(), style.bold()));
        }
        double width = Math.ceil(textWidth + 2 * PAD_X + glyph);
        double height = Math.ceil(lines.size() * TextMeasurer.lineHeight(style.fontSize()) + 2 * PAD_Y);
        if (style.shape() == Shape.ELLIPSE) {
            // the text box must fit inside the ellipse: scale both axes by about sqrt(2)
            width = Math.ceil(textWidth * 1.42 + 2 * PAD_X + glyph);
            height = Math.ceil(lines.size() * TextMeasurer.lineHeight(style.fontSize()) * 1.42 + 2 * PAD_Y);
        } else if (style.shape() == Shape.HEXAGON) {
            width += 2 * PAD_X; // the pointed sides eat width
        }
        if (style.shape() == Shape.TILE) {
            width = Math.max(width, 120);
            height = Math.max(height, 48);
        }
        if (stored != null) {
            width = Math.max(width, stored.width() == null ? 0 : stored.width());
            height = Math.max(height, stored.height() == null ? 0 : stored.height());
        }
        node.setBounds(new Bounds(0, 0, width, height));
    }

    /** @return the width of the glyph column (0 without glyph) */
    public static double glyphWidth(NodeStyle style) {
        return style.glyph() == null ? 0 : Math.ceil(TextMeasurer.width(style.glyph(), style.fontSize() * 1.4, true) + PAD_X);
    }
}
