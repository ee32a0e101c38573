package org.veikart.benchmarks.diagram;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;

/**
 * The graph of a diagram as plain arrays (node sizes, tree edges), from which an ELK graph is built
 * fresh for every measured layout: the bare-ELK baseline lays out exactly the graph the pipeline
 * lays out, without mapping, text measuring or rendering.
 */
final class BareElkGraph {

    private final double[] widths;
    private final double[] heights;
    private final int[] sources;
    private final int[] targets;

    BareElkGraph(Diagram diagram) {
        var nodes = diagram.allNodes().toList();
        widths = new double[nodes.size()];
        heights = new double[nodes.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            DiagramNode node = nodes.get(i);
            widths[i] = node.bounds().width();
            heights[i] = node.bounds().height();
            index.put(node.id(), i);
        }
        var edges = diagram.edges().stream().filter(DiagramEdge::hierarchy).toList();
        sources = new int[edges.size()];
        targets = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            sources[i] = index.get(edges.get(i).sourceId());
            targets[i] = index.get(edges.get(i).targetId());
        }
    }

    int nodeCount() {
        return widths.length;
    }

    /** @return a new ELK graph with the nodes and edges, options not set */
    ElkNode build() {
        ElkNode root = ElkGraphUtil.createGraph();
        ElkNode[] nodes = new ElkNode[widths.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ElkGraphUtil.createNode(root);
            nodes[i].setDimensions(widths[i], heights[i]);
        }
        for (int i = 0; i < sources.length; i++) {
            ElkGraphUtil.createSimpleEdge(nodes[sources[i]], nodes[targets[i]]);
        }
        return root;
    }
}
