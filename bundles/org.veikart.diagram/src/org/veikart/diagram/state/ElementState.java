package org.veikart.diagram.state;

/**
 * What a representation remembers about one element's node. Position and size are absolute
 * diagram coordinates; null means "not set" (the layout decides).
 *
 * @param x         left edge, or null
 * @param y         top edge, or null
 * @param width     width, or null for the size the label needs
 * @param height    height, or null for the size the label needs
 * @param pinned    true: the node stays at (x, y) whatever the layout does
 * @param collapsed true: what hangs below the node (hierarchy edges) is hidden
 */
public record ElementState(Double x, Double y, Double width, Double height, boolean pinned, boolean collapsed) {

    /** @return a state pinned at (x, y) */
    public static ElementState pinnedAt(double x, double y) {
        return new ElementState(x, y, null, null, true, false);
    }

    /** @return a collapsed state without position */
    public static ElementState collapsedNode() {
        return new ElementState(null, null, null, null, false, true);
    }

    /** @return true if x and y are both set */
    public boolean hasPosition() {
        return x != null && y != null;
    }
}
