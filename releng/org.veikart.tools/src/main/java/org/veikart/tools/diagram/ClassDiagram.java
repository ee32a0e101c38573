package org.veikart.tools.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * An ELK graph of classifier boxes plus what ELK does not know: the content of each box and the
 * kind of each edge. Built by {@link EcoreGraphBuilder}, positioned by {@link DiagramLayout}, turned
 * into shapes by {@link DrawingBuilder}.
 */
final class ClassDiagram {

    final String title;
    final ElkNode root;
    final Map<ElkNode, ClassifierBox> boxes = new LinkedHashMap<>();
    final Map<ElkEdge, EdgeKind> edges = new LinkedHashMap<>();

    ClassDiagram(String title, ElkNode root) {
        this.title = title;
        this.root = root;
    }
}
