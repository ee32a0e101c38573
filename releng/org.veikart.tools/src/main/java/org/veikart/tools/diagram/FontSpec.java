package org.veikart.tools.diagram;

import java.awt.Font;

/**
 * A font as both renderers need it: Java2D uses {@link #awt()}, SVG writes family, size, weight and
 * style. Text is measured with the AWT font, so the SVG names the same family first.
 */
record FontSpec(String family, float size, boolean bold, boolean italic) {

    /** CSS font-family list for SVG: the measuring font first, then similar fallbacks. */
    String cssFamily() {
        return "'" + family + "', Verdana, Arial, sans-serif";
    }

    Font awt() {
        int style = (bold ? Font.BOLD : Font.PLAIN) | (italic ? Font.ITALIC : Font.PLAIN);
        return new Font(family, style, 1).deriveFont(size);
    }

    FontSpec withItalic(boolean value) {
        return new FontSpec(family, size, bold, value);
    }
}
