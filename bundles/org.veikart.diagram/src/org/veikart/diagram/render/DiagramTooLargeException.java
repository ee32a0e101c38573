package org.veikart.diagram.render;

/**
 * Thrown instead of allocating an image that would be unreadable or exhaust memory: the laid-out
 * diagram is too large for a PNG (usually because of far-off pinned positions). The message names
 * the size and what to do.
 */
public final class DiagramTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is too large and what to do instead */
    public DiagramTooLargeException(String message) {
        super(message);
    }
}
