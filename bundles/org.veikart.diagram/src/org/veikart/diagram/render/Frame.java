package org.veikart.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.veikart.diagram.layout.LabelWrapper;
import org.veikart.diagram.layout.TextMeasurer;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.LegendEntry;
import org.veikart.diagram.model.Point;

/**
 * The page around a laid-out diagram, computed once for both renderers: a title line, the legend as
 * rows of (sample, label) flowing to the page width, then the diagram itself shifted down by
 * {@link #offsetY()}.
 *
 * @param width   page width
 * @param height  page height
 * @param offsetY where the diagram's y = 0 is on the page
 * @param items   legend entries with the top-left corner of their sample
 * @param titleLines the title wrapped to the page width, at most {@link #TITLE_LINES} lines (the
 *                last ends in an ellipsis if the title is longer; the full title is in the SVG's
 *                {@code <title>})
 */
record Frame(double width, double height, double offsetY, List<Item> items, List<String> titleLines) {

    static final double MARGIN = 20;
    static final double TITLE_SIZE = 18;
    static final double LEGEND_SIZE = 12;
    static final double SAMPLE_WIDTH = 30;
    static final double SAMPLE_HEIGHT = 16;
    static final double ROW = 24;
    /** Line height of the title. */
    static final double TITLE_LINE = 23;
    /** A longer title is cut after this many lines. */
    static final int TITLE_LINES = 3;
    /** Shown instead of an empty picture. */
    static final String EMPTY = "Ingen elementer å vise i denne representasjonen av planen.";

    /** One legend entry and where its sample goes. */
    record Item(LegendEntry entry, Point at) {
    }

    static Frame of(Diagram diagram) {
        double width = Math.max(diagram.width(), 720);
        double x = MARGIN;
        List<String> titleLines = titleLines(diagram.title(), width - 2 * MARGIN);
        double y = MARGIN + TITLE_SIZE + 14 + (titleLines.size() - 1) * TITLE_LINE;
        List<Item> items = new ArrayList<>();
        for (LegendEntry entry : diagram.legend()) {
            double itemWidth = SAMPLE_WIDTH + 6 + TextMeasurer.width(entry.label(), LEGEND_SIZE, false) + 18;
            if (x + itemWidth > width - MARGIN && x > MARGIN) {
                x = MARGIN;
                y += ROW;
            }
            items.add(new Item(entry, new Point(x, y)));
            x += itemWidth;
        }
        double offsetY = items.isEmpty() ? y : y + ROW + 6;
        return new Frame(width, offsetY + Math.max(diagram.height(), 40), offsetY, items, titleLines);
    }

    /** @return the baseline of title line {@code index} */
    static double titleBaseline(int index) {
        return MARGIN + TITLE_SIZE + index * TITLE_LINE;
    }

    private static List<String> titleLines(String title, double maxWidth) {
        List<String> lines = new ArrayList<>(LabelWrapper.wrap(title.replace('\n', ' '), maxWidth, TITLE_SIZE, true));
        if (lines.size() <= TITLE_LINES) {
            return lines;
        }
        String last = lines.get(TITLE_LINES - 1);
        while (!last.isEmpty() && TextMeasurer.width(last + " …", TITLE_SIZE, true) > maxWidth) {
            last = last.substring(0, last.length() - 1);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, TITLE_LINES - 1));
        kept.add(last.stripTrailing() + " …");
        return kept;
    }
}
