package org.veikart.diagram.description;

/**
 * How a node looks. Colours are CSS hex colours ({@code #RRGGBB}); the text is wrapped to
 * {@link #maxTextWidth()} and the node grows to fit it, so a style never clips a label.
 *
 * @param shape        the outline
 * @param fill         background colour
 * @param border       outline colour
 * @param textColour   label colour (chosen to contrast with {@code fill})
 * @param glyph        a short symbol or code drawn before the label (e.g. "8" for SDG 8), or null
 * @param fontSize     label size in px
 * @param bold         bold label
 * @param maxTextWidth wrapping width in px
 * @param opacity      1 for normal, lower to fade (e.g. unreferenced SDGs)
 * @param legendLabel  what the style means in the legend, or null to leave it out of the legend
 */
public record NodeStyle(Shape shape, String fill, String border, String textColour, String glyph, double fontSize,
        boolean bold, double maxTextWidth, double opacity, String legendLabel) {

    /** @return a normal 13 px style of width 240 with dark text */
    public static NodeStyle of(Shape shape, String fill, String border, String legendLabel) {
        return new NodeStyle(shape, fill, border, "#1F2933", null, 13, false, 240, 1, legendLabel);
    }

    public NodeStyle withGlyph(String value) {
        return new NodeStyle(shape, fill, border, textColour, value, fontSize, bold, maxTextWidth, opacity, legendLabel);
    }

    public NodeStyle withText(String colour, double size, boolean isBold) {
        return new NodeStyle(shape, fill, border, colour, glyph, size, isBold, maxTextWidth, opacity, legendLabel);
    }

    public NodeStyle withMaxTextWidth(double value) {
        return new NodeStyle(shape, fill, border, textColour, glyph, fontSize, bold, value, opacity, legendLabel);
    }

    public NodeStyle withOpacity(double value) {
        return new NodeStyle(shape, fill, border, textColour, glyph, fontSize, bold, maxTextWidth, value, legendLabel);
    }

    public NodeStyle withLegendLabel(String value) {
        return new NodeStyle(shape, fill, border, textColour, glyph, fontSize, bold, maxTextWidth, opacity, value);
    }
}
