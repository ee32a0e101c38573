package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;

/** Checks on laid-out diagrams shared by the tests. */
final class DiagramAssertions {

    private DiagramAssertions() {
    }

    /** Fails if two nodes overlap that are not nested in one another, or a node lies outside the canvas. */
    static void assertNoOverlaps(Diagram diagram) {
        List<DiagramNode> nodes = diagram.allNodes().toList();
        for (int i = 0; i < nodes.size(); i++) {
            DiagramNode a = nodes.get(i);
            if (a.bounds().width() <= 0 || a.bounds().height() <= 0) {
                fail("node without size: " + a);
            }
            if (a.bounds().x() < 0 || a.bounds().y() < 0 || a.bounds().x() + a.bounds().width() > diagram.width() + 0.5
                    || a.bounds().y() + a.bounds().height() > diagram.height() + 0.5) {
                fail("node outside the canvas " + diagram.width() + "x" + diagram.height() + ": " + a);
            }
            for (int j = i + 1; j < nodes.size(); j++) {
                DiagramNode b = nodes.get(j);
                boolean nested = a.selfAndDescendants().anyMatch(n -> n == b) || b.selfAndDescendants().anyMatch(n -> n == a);
                if (!nested && a.bounds().overlaps(b.bounds())) {
                    fail(diagram.representation() + ": nodes overlap: " + a + " and " + b);
                }
            }
        }
    }

    /** Fails if a segment of an edge accepted by {@code which} passes through a node other than its own two. */
    static void assertEdgesCrossNoNode(Diagram diagram, java.util.function.Predicate<org.veikart.diagram.model.DiagramEdge> which) {
        for (org.veikart.diagram.model.DiagramEdge edge : diagram.edges()) {
            if (!which.test(edge)) {
                continue;
            }
            for (int i = 1; i < edge.route().size(); i++) {
                var a = edge.route().get(i - 1);
                var b = edge.route().get(i);
                java.awt.geom.Line2D segment = new java.awt.geom.Line2D.Double(a.x(), a.y(), b.x(), b.y());
                diagram.allNodes().filter(node -> node.children().isEmpty() && !node.id().equals(edge.sourceId())
                        && !node.id().equals(edge.targetId())).forEach(node -> {
                            var box = node.bounds();
                            if (segment.intersects(box.x() + 1, box.y() + 1, box.width() - 2, box.height() - 2)) {
                                fail(edge.key() + " crosses " + node.id() + " " + box + " with " + edge.route());
                            }
                        });
            }
        }
    }
}
