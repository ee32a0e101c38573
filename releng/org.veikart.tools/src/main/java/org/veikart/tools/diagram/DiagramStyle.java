package org.veikart.tools.diagram;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;

/**
 * Fonts, colours and paddings of the class diagram, and text measurement with Java2D font metrics
 * (headless; antialiased, fractional metrics, the same context the PNG renderer draws with).
 * Uses DejaVu Sans when installed (Debian's default sans font), else the logical SansSerif font.
 */
final class DiagramStyle {

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    static final String FAMILY = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames()).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;

    final FontSpec nameFont = new FontSpec(FAMILY, 13, true, false);
    final FontSpec stereotypeFont = new FontSpec(FAMILY, 10, false, true);
    final FontSpec memberFont = new FontSpec(FAMILY, 11, false, false);
    final FontSpec edgeLabelFont = new FontSpec(FAMILY, 10, false, false);

    final double padX = 8;
    final double padY = 5;
    final double lineGap = 2;
    /** Enum literals are wrapped into lines no wider than this. */
    final double enumWrapWidth = 190;

    final String classFill = "#FFF8E1";
    final String abstractFill = "#F1F1F1";
    final String enumFill = "#E6F2E8";
    final String boxStroke = "#4A4A4A";
    final String textColour = "#1A1A1A";
    final String inheritanceColour = "#333333";
    final String containmentColour = "#1F4E79";
    final String referenceColour = "#8A5A00";
    final String background = "#FFFFFF";
    /** Boxes of classifiers drawn in full on another diagram. */
    final String elsewhereColour = "#8C8C8C";

    double width(String text, FontSpec font) {
        return font.awt().getStringBounds(text, FRC).getWidth();
    }

    /** Height of one line of {@code font} (ascent + descent). */
    double lineHeight(FontSpec font) {
        return Math.ceil(font.awt().getLineMetrics("Ag", FRC).getHeight());
    }

    double ascent(FontSpec font) {
        return font.awt().getLineMetrics("Ag", FRC).getAscent();
    }
}
