package org.veikart.diagram.sync;

import java.util.LinkedHashSet;
import java.util.Set;

import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.LegendEntry;
import org.veikart.diagram.model.Marker;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.Shape;

/**
 * Fills a diagram's legend from the styles its nodes and edges actually use: one entry per distinct
 * legend label, node styles first, in order of first use, then the validation markers present.
 * Styles without a legend label are left out.
 */
final class Legends {

    private Legends() {
    }

    static void fill(Diagram diagram) {
        Set<String> seen = new LinkedHashSet<>();
        diagram.legend().clear();
        for (DiagramNode node : diagram.allNodes().toList()) {
            String label = node.style().legendLabel();
            if (label != null && seen.add("n:" + label)) {
                diagram.legend().add(new LegendEntry(label, node.style(), null));
            }
        }
        for (Marker marker : Marker.values()) {
            if (diagram.allNodes().anyMatch(node -> node.marker() == marker)) {
                String colour = marker == Marker.ERROR ? "#D92D20" : "#F79009";
                diagram.legend().add(new LegendEntry(marker == Marker.ERROR ? "! feil i planen" : "! advarsel",
                        new NodeStyle(Shape.ELLIPSE, colour, colour, "#FFFFFF", null, 12, true, 100, 1, null), null));
            }
        }
        for (DiagramEdge edge : diagram.edges()) {
            String label = edge.style().legendLabel();
            if (label != null && seen.add("e:" + label)) {
                diagram.legend().add(new LegendEntry(label, null, edge.style()));
            }
        }
    }
}
