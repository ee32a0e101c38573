package org.veikart.diagram.layout;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures label text with Java2D font metrics in headless mode (no display needed): the same font
 * the PNG renderer draws with and the SVG names first, so measured text fits in both. Thread-safe.
 */
public final class TextMeasurer {

    /** The family used to measure and draw; DejaVu Sans has every Norwegian letter and is on most Linux systems. */
    public static final String FAMILY = pickFamily();

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();
    /** Word widths: plan texts repeat their words a lot, and measuring is the costly part of sizing. */
    private static final Map<String, Double> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_WORDS = 50_000;

    private TextMeasurer() {
    }

    private static String pickFamily() {
        // must be set before the first AWT class initialises the graphics environment
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return families.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }

    /** @return the font of that size and weight */
    public static Font font(double size, boolean bold) {
        return FONTS.computeIfAbsent(size + (bold ? "b" : ""),
                key -> new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    /** @return the advance width of {@code text} in px */
    public static double width(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * @return the width of a single word (no spaces), cached; Java2D applies no kerning here, so a
     *         line's width is the sum of its words and spaces
     */
    public static double wordWidth(String word, double size, boolean bold) {
        if (WORDS.size() > MAX_CACHED_WORDS) {
            WORDS.clear(); // bounded memory for huge or hostile inputs
        }
        return WORDS.computeIfAbsent(size + (bold ? "b:" : ":") + word, key -> width(word, size, bold));
    }

    /** @return the distance between baselines of wrapped lines */
    public static double lineHeight(double size) {
        return Math.ceil(size * 1.3);
    }
}
