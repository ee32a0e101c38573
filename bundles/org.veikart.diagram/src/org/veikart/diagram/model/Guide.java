package org.veikart.diagram.model;

/**
 * A background line with an optional caption that a layout strategy adds to explain its
 * coordinates, e.g. the year columns of the timeline. Renderers draw guides under nodes and edges
 * without knowing which layout made them.
 *
 * @param from    start of the line
 * @param to      end of the line
 * @param caption text drawn at {@code from}, or null
 */
public record Guide(Point from, Point to, String caption) {
}
