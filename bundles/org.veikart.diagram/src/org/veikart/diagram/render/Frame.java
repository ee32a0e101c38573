package org.veikart.diagram.render;

import java.util.ArrayList;
import java.util.List;

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
 */
record Frame(double width, double height, double offsetY, List<Item> items) {

    static final double MARGIN = 20;
    static final double TITLE_SIZE = 18;
    static final double LEGEND_SIZE = 12;
    static final double SAMPLE_WIDTH = 30;
    static final double SAMPLE_HEIGHT = 16;
    static final double ROW = 24;
    /** Shown instead of an empty picture. */
    static final String EMPTY = "Ingen elementer å vise i denne representasjonen av planen.";

    /** One legend entry and where its sample goes. */
    record Item(LegendEntry entry, Point at) {
    }

    static Frame of(Diagram diagram) {
        double width = Math.max(diagram.width(), 720);
        double x = MARGIN;
        double y = MARGIN + TITLE_SIZE + 14;
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
        return new Frame(width, offsetY + Math.max(diagram.height(), 40), offsetY, items);
    }
}
