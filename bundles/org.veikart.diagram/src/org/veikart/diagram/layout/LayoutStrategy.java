package org.veikart.diagram.layout;

import org.veikart.diagram.model.Diagram;

/**
 * Positions the nodes of a sized {@link Diagram} (every node has its final width and height) and
 * routes its edges. Guarantees on return: every node has absolute bounds, nodes that are not nested
 * in one another do not overlap, every edge has a route of at least two points, and
 * {@link Diagram#setSize} covers everything. Strategies must be stateless (descriptions share them).
 */
public interface LayoutStrategy {

    /** Lays out {@code diagram} in place. */
    void layout(Diagram diagram);
}
