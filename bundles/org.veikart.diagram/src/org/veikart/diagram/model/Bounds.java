package org.veikart.diagram.model;

/**
 * An axis-parallel rectangle in diagram coordinates (pixels at scale 1, y downwards).
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  never negative
 * @param height never negative
 */
public record Bounds(double x, double y, double width, double height) {

    /** @return true if the interiors of both rectangles share an area (touching edges do not count) */
    public boolean overlaps(Bounds other) {
        return x < other.x + other.width && other.x < x + width
                && y < other.y + other.height && other.y < y + height;
    }

    /** @return the horizontal centre */
    public double centreX() {
        return x + width / 2;
    }

    /** @return the vertical centre */
    public double centreY() {
        return y + height / 2;
    }
}
