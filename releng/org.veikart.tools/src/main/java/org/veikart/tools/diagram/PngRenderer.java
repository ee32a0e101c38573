package org.veikart.tools.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.veikart.tools.diagram.Drawing.Group;
import org.veikart.tools.diagram.Drawing.Point;
import org.veikart.tools.diagram.Drawing.Polygon;
import org.veikart.tools.diagram.Drawing.Polyline;
import org.veikart.tools.diagram.Drawing.Rect;
import org.veikart.tools.diagram.Drawing.Shape;
import org.veikart.tools.diagram.Drawing.Text;

/**
 * Renders a {@link Drawing} with Java2D into a PNG (headless: a BufferedImage, no display), at a
 * given scale, antialiased, with the fractional font metrics the text was measured with.
 */
final class PngRenderer {

    private final double scale;

    PngRenderer(double scale) {
        this.scale = scale;
    }

    void write(Drawing drawing, Path file) throws IOException {
        if (!ImageIO.write(render(drawing), "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    BufferedImage render(Drawing drawing) {
        int width = (int) Math.ceil(drawing.width * scale);
        int height = (int) Math.ceil(drawing.height * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.decode(drawing.background));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            for (Group group : drawing.groups) {
                for (Shape shape : group.shapes()) {
                    draw(g, shape, drawing.background);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, Shape shape, String background) {
        switch (shape) {
            case Rect r -> {
                Rectangle2D rect = new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
                g.setColor(Color.decode(r.fill()));
                g.fill(rect);
                if (r.stroke() != null) {
                    g.setColor(Color.decode(r.stroke()));
                    g.setStroke(new BasicStroke((float) r.strokeWidth()));
                    g.draw(rect);
                }
            }
            case Polyline p -> {
                g.setColor(Color.decode(p.stroke()));
                g.setStroke(p.dashed()
                        ? new BasicStroke((float) p.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0)
                        : new BasicStroke((float) p.width()));
                g.draw(path(p.points(), false));
            }
            case Polygon p -> {
                Path2D path = path(p.points(), true);
                g.setColor(Color.decode(p.fill() == null ? background : p.fill()));
                g.fill(path);
                g.setColor(Color.decode(p.stroke()));
                g.setStroke(new BasicStroke(1.2f));
                g.draw(path);
            }
            case Text t -> {
                g.setFont(t.font().awt());
                g.setColor(Color.decode(t.colour()));
                double x = t.centred() ? t.x() - g.getFont().getStringBounds(t.text(), g.getFontRenderContext()).getWidth() / 2 : t.x();
                g.drawString(t.text(), (float) x, (float) t.y());
            }
        }
    }

    private static Path2D path(List<Point> points, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
