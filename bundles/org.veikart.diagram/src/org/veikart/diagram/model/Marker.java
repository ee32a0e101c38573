package org.veikart.diagram.model;

/**
 * A validation decorator on a node: the worst severity of the diagnostics of its element.
 * Renderers draw it as a badge and name it in SVG ({@code data-marker}).
 */
public enum Marker {
    /** The element has at least one error. */
    ERROR,
    /** The element has warnings but no error. */
    WARNING;

    /** @return lower-case name used in SVG classes and attributes */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
