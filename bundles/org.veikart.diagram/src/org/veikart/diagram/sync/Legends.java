package org.veikart.diagram.sync;

import java.util.LinkedHashSet;
import java.util.Set;

import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.LegendEntry;

/**
 * Fills a diagram's legend from the styles its nodes and edges actually use: one entry per distinct
 * legend label, node styles first, in order of first use. Styles without a legend label are left out.
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
        for (DiagramEdge edge : diagram.edges()) {
            String label = edge.style().legendLabel();
            if (label != null && seen.add("e:" + label)) {
                diagram.legend().add(new LegendEntry(label, null, edge.style()));
            }
        }
    }
}
