package org.veikart.diagram.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.veikart.diagram.description.EdgeStyle;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.layout.TextMeasurer;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Guide;
import org.veikart.diagram.model.Point;

/**
 * Draws a laid-out {@link Diagram} with Java2D into a PNG, headless (a BufferedImage, no display;
 * {@link TextMeasurer} switches AWT to headless mode), with the same frame, geometry and text
 * positions as the SVG. The scale is reduced for very large diagrams so the image stays below
 * {@link #MAX_PIXELS} pixels; a diagram that would need a scale below {@link #MIN_SCALE} is refused
 * with {@link DiagramTooLargeException}.
 */
public final class PngRenderer {

    /** Upper bound of width x height, about 120 MB of ARGB. */
    public static final long MAX_PIXELS = 30_000_000L;

    /**
     * Below this scale text is unreadable (a 12 pt label becomes 3 px): such a diagram is refused
     * with {@link DiagramTooLargeException} rather than drawn as a blur.
     */
    public static final double MIN_SCALE = 0.25;

    private final double scale;

    /** @param scale pixels per diagram unit, e.g. 1.5 for sharp text */
    public PngRenderer(double scale) {
        this.scale = scale;
    }

    /** @return the PNG bytes */
    public byte[] render(Diagram diagram) throws IOException {
        Frame frame = Frame.of(diagram);
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / (frame.width() * frame.height())));
        if (!(s >= MIN_SCALE)) {
            throw new DiagramTooLargeException(String.format(java.util.Locale.ROOT,
                    "the diagram is too large for a PNG (%.0f x %.0f units; at most %d pixels at scale %.2f); "
                            + "use --format svg, or move or unpin far-off nodes in the representation file",
                    frame.width(), frame.height(), MAX_PIXELS, MIN_SCALE));
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(frame.width() * s), (int) Math.ceil(frame.height() * s),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(s, s);
            for (int i = 0; i < frame.titleLines().size(); i++) {
                text(g, frame.titleLines().get(i), Frame.MARGIN, Frame.titleBaseline(i), Frame.TITLE_SIZE, true, "#102036", false);
            }
            legend(g, frame);
            g.translate(0, frame.offsetY());
            diagram.allNodes().filter(node -> !node.children().isEmpty()).forEach(node -> node(g, node));
            if (diagram.nodes().isEmpty()) {
                text(g, Frame.EMPTY, Frame.MARGIN, 24, 14, false, "#52606D", false);
            }
            for (Guide guide : diagram.guides()) {
                g.setColor(Color.decode("#D5DAE0"));
                g.setStroke(new BasicStroke(1));
                g.draw(new Line2D.Double(guide.from().x(), guide.from().y(), guide.to().x(), guide.to().y()));
                if (guide.caption() != null) {
                    text(g, guide.caption(), guide.from().x() + 6, guide.from().y() + 14, 12, true, "#52606D", false);
                }
            }
            for (DiagramEdge edge : diagram.edges()) {
                edge(g, edge);
            }
            diagram.allNodes().filter(node -> node.children().isEmpty()).forEach(node -> node(g, node));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    private static void node(Graphics2D g, DiagramNode node) {
        NodeStyle style = node.style();
        Composite previous = g.getComposite();
        if (style.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
        }
        java.awt.Shape outline = ShapeGeometry.outline(style.shape(), node.bounds());
        g.setColor(Color.decode(style.fill()));
        g.fill(outline);
        g.setColor(Color.decode(style.border()));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(outline);
        for (Bounds mark : node.marks()) {
            g.fill(new RoundRectangle2D.Double(mark.x(), mark.y(), mark.width(), mark.height(), 6, 6));
        }
        if (style.glyph() != null) {
            Point at = TextBlock.glyphAnchor(node);
            text(g, style.glyph(), at.x(), at.y(), style.fontSize() * 1.4, true, style.textColour(), true);
        }
        TextBlock block = TextBlock.of(node);
        for (int i = 0; i < node.lines().size(); i++) {
            Point at = block.anchors().get(i);
            text(g, node.lines().get(i), at.x(), at.y(), style.fontSize(), style.bold(), style.textColour(), block.centred());
        }
        if (node.marker() != null) {
            double[] c = Decorations.markerCentre(node);
            double r = Decorations.MARKER_RADIUS;
            g.setColor(Color.decode(Decorations.markerColour(node.marker())));
            g.fill(new java.awt.geom.Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
            text(g, "!", c[0], c[1] + 4.5, 12, true, "#FFFFFF", true);
        }
        if (node.badge() != null) {
            Bounds box = Decorations.badgeBox(node);
            g.setColor(Color.decode("#52606D"));
            g.fill(new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 16, 16));
            text(g, node.badge(), box.centreX(), box.y() + 12, 11, true, "#FFFFFF", true);
        }
        g.setComposite(previous);
    }

    private static void edge(Graphics2D g, DiagramEdge edge) {
        List<Point> route = edge.route();
        if (route.size() < 2) {
            return;
        }
        EdgeStyle style = edge.style();
        g.setColor(Color.decode(style.colour()));
        g.setStroke(style.dashed()
                ? new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0)
                : new BasicStroke((float) style.width()));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(route.get(0).x(), route.get(0).y());
        route.stream().skip(1).forEach(p -> path.lineTo(p.x(), p.y()));
        g.draw(path);
        g.fill(Arrowheads.head(route));
    }

    private static void legend(Graphics2D g, Frame frame) {
        for (Frame.Item item : frame.items()) {
            Bounds sample = new Bounds(item.at().x(), item.at().y(), Frame.SAMPLE_WIDTH, Frame.SAMPLE_HEIGHT);
            if (item.entry().nodeStyle() != null) {
                NodeStyle style = item.entry().nodeStyle();
                java.awt.Shape outline = ShapeGeometry.outline(style.shape(), sample);
                Composite previous = g.getComposite();
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
                g.setColor(Color.decode(style.fill()));
                g.fill(outline);
                g.setColor(Color.decode(style.border()));
                g.setStroke(new BasicStroke(1.2f));
                g.draw(outline);
                g.setComposite(previous);
            } else {
                EdgeStyle style = item.entry().edgeStyle();
                g.setColor(Color.decode(style.colour()));
                g.setStroke(style.dashed()
                        ? new BasicStroke((float) style.width() + 0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0)
                        : new BasicStroke((float) style.width() + 0.6f));
                g.draw(new Line2D.Double(sample.x(), sample.centreY(), sample.x() + sample.width(), sample.centreY()));
            }
            text(g, item.entry().label(), sample.x() + Frame.SAMPLE_WIDTH + 6, sample.y() + 12.5, Frame.LEGEND_SIZE, false,
                    "#323F4B", false);
        }
    }

    private static void text(Graphics2D g, String text, double x, double y, double size, boolean bold, String colour,
            boolean centred) {
        g.setFont(TextMeasurer.font(size, bold));
        g.setColor(Color.decode(colour));
        double start = centred ? x - TextMeasurer.width(text, size, bold) / 2 : x;
        g.drawString(text, (float) start, (float) y);
    }
}
