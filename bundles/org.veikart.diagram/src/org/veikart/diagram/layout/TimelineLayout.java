package org.veikart.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Guide;
import org.veikart.diagram.model.Point;

/**
 * A Gantt-like layout (ELK has no timeline algorithm): one row per node, in diagram order, labels in
 * a left column and a bar per node (a {@link DiagramNode#marks() mark}) across the year columns of
 * its {@link YearSpan} (one bar per year for yearly spans); containers become lanes spanning their children's rows with their caption
 * above them. Year columns are drawn as {@link Guide}s. Nodes without a span get no bar. Edges, if a
 * description has any, are drawn straight between label cells.
 *
 * @param spanOf the years of an element, or null when it has none
 */
public record TimelineLayout(Function<EObject, YearSpan> spanOf) implements LayoutStrategy {

    static final double PAD = 20;
    static final double YEAR_WIDTH = 64;
    static final double ROW_GAP = 6;
    static final double HEADER = 28;
    static final double BAR_HEIGHT = 14;

    @Override
    public void layout(Diagram diagram) {
        List<DiagramNode> rows = new ArrayList<>();
        diagram.allNodes().filter(node -> node.children().isEmpty()).forEach(rows::add);
        double labelWidth = rows.stream().mapToDouble(node -> node.bounds().width()).max().orElse(100);
        labelWidth = Math.max(labelWidth, diagram.nodes().stream().mapToDouble(n -> n.bounds().width()).max().orElse(0));
        int[] years = yearRange(rows);
        double axisX = PAD + labelWidth + 16;
        double right = axisX + (years == null ? 0 : (years[1] - years[0] + 1) * YEAR_WIDTH);
        double y = PAD + HEADER;
        for (DiagramNode node : diagram.nodes()) {
            y = place(node, y, axisX, right, years);
        }
        double bottom = y;
        if (years != null) {
            for (int year = years[0]; year <= years[1] + 1; year++) {
                double x = axisX + (year - years[0]) * YEAR_WIDTH;
                diagram.guides().add(new Guide(new Point(x, PAD), new Point(x, bottom),
                        year <= years[1] ? Integer.toString(year) : null));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            StraightRoutes.route(edge, diagram.nodesById());
        }
        diagram.setSize(right + PAD, bottom + PAD);
    }

    private double place(DiagramNode node, double top, double axisX, double right, int[] years) {
        if (node.children().isEmpty()) {
            Bounds size = node.bounds();
            node.setBounds(new Bounds(PAD + 8, top, size.width(), size.height()));
            YearSpan span = spanOf.apply(node.element());
            node.marks().clear();
            if (span != null && years != null) {
                double y = top + (size.height() - BAR_HEIGHT) / 2;
                // yearly: one bar per year, so "every year" reads differently from "over these years"
                for (int first = span.first(); first <= span.last(); first = span.yearly() ? first + 1 : span.last() + 1) {
                    int last = span.yearly() ? first : span.last();
                    double x0 = axisX + (first - years[0]) * YEAR_WIDTH + (span.yearly() ? 10 : 3);
                    double x1 = axisX + (last - years[0] + 1) * YEAR_WIDTH - (span.yearly() ? 10 : 3);
                    node.marks().add(new Bounds(x0, y, x1 - x0, BAR_HEIGHT));
                }
            }
            return top + size.height() + ROW_GAP;
        }
        double caption = node.bounds().height();
        double y = top + caption + ROW_GAP;
        for (DiagramNode child : node.children()) {
            y = place(child, y, axisX, right, years);
        }
        node.setBounds(new Bounds(PAD, top, right - PAD, y - top));
        return y + ROW_GAP * 2;
    }

    /** @return {first, last} over all spans, or null if no node has one */
    private int[] yearRange(List<DiagramNode> rows) {
        int[] range = null;
        for (DiagramNode node : rows) {
            YearSpan span = spanOf.apply(node.element());
            if (span != null) {
                range = range == null ? new int[] {span.first(), span.last()}
                        : new int[] {Math.min(range[0], span.first()), Math.max(range[1], span.last())};
            }
        }
        return range;
    }
}
