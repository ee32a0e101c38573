package org.veikart.diagram.layout;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.model.Bounds;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Point;

/**
 * Another strategy's layout, then the top-level nodes whose element matches {@code inColumn} are
 * stacked in one column right of everything else, in {@code order} (e.g. the SDGs by goal number,
 * whether linked or not: ELK would scatter unconnected nodes as separate components). An edge into
 * the column leaves its source's right side horizontally until it is clear of all other nodes, then
 * runs straight across the gap, so it crosses no node (other edges touching the column are drawn
 * straight). Keeps the {@link LayoutStrategy} guarantees.
 *
 * @param inner    the layout of everything
 * @param inColumn which elements go into the column
 * @param order    their order, top to bottom
 * @param spacing  vertical space between column nodes
 * @param gap      horizontal space between the other nodes and the column
 */
public record SortedColumnLayout(LayoutStrategy inner, Predicate<EObject> inColumn, Comparator<EObject> order,
        double spacing, double gap) implements LayoutStrategy {

    @Override
    public void layout(Diagram diagram) {
        inner.layout(diagram);
        List<DiagramNode> column = diagram.nodes().stream().filter(node -> inColumn.test(node.element()))
                .sorted(Comparator.comparing(DiagramNode::element, order)).toList();
        if (column.isEmpty()) {
            return;
        }
        double othersRight = diagram.allNodes().filter(node -> !column.contains(node))
                .mapToDouble(node -> node.bounds().x() + node.bounds().width()).max().orElse(LayeredLayout.PADDING - gap);
        double x = othersRight + gap;
        double y = LayeredLayout.PADDING;
        for (DiagramNode node : column) {
            node.setBounds(new Bounds(x, y, node.bounds().width(), node.bounds().height()));
            y += node.bounds().height() + spacing;
        }
        Map<String, DiagramNode> byId = diagram.nodesById();
        double corridor = othersRight + Math.min(16, gap / 4);
        for (DiagramEdge edge : diagram.edges()) {
            DiagramNode source = byId.get(edge.sourceId());
            DiagramNode target = byId.get(edge.targetId());
            if (column.contains(target) && source != null && !column.contains(source)) {
                // straight out of the element's right side to clear every element, then across the gap
                Bounds from = source.bounds();
                edge.route().clear();
                edge.route().add(new Point(from.x() + from.width(), from.centreY()));
                edge.route().add(new Point(corridor, from.centreY()));
                edge.route().add(new Point(x, target.bounds().centreY()));
            } else if (column.contains(source) || column.contains(target)) {
                StraightRoutes.route(edge, byId);
            }
        }
        double width = diagram.allNodes().mapToDouble(node -> node.bounds().x() + node.bounds().width()).max().orElse(0);
        double height = diagram.allNodes().mapToDouble(node -> node.bounds().y() + node.bounds().height()).max().orElse(0);
        diagram.setSize(width + LayeredLayout.PADDING, height + LayeredLayout.PADDING);
    }
}
