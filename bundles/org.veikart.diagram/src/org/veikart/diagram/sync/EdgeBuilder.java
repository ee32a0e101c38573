package org.veikart.diagram.sync;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.EdgeMapping;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.model.Identifiable;

/**
 * Makes the edges of the active edge mappings between nodes that exist, at most one per
 * (mapping, source, target), never a self-loop, in the order of mappings, source nodes and targets.
 */
final class EdgeBuilder {

    private final RepresentationDescription description;
    private final Visibility visibility;

    EdgeBuilder(RepresentationDescription description, Visibility visibility) {
        this.description = description;
        this.visibility = visibility;
    }

    void addEdges(Diagram diagram, Map<String, DiagramNode> nodes) {
        Set<String> keys = new HashSet<>();
        for (EdgeMapping mapping : description.edgeMappings()) {
            if (!visibility.layerActive(mapping.layer())) {
                continue;
            }
            for (DiagramNode source : nodes.values()) {
                if (!mapping.sourceMappings().contains(source.mappingId())) {
                    continue;
                }
                for (EObject target : mapping.targets().apply(source.element())) {
                    if (target instanceof Identifiable identifiable && identifiable.getId() != null
                            && nodes.containsKey(identifiable.getId()) && !identifiable.getId().equals(source.id())) {
                        String label = mapping.label() == null ? null : mapping.label().apply(source.element(), target);
                        DiagramEdge edge = DiagramEdge.of(source.id(), identifiable.getId(), mapping.id(), mapping.style(), label,
                                mapping.hierarchy());
                        if (keys.add(edge.key())) {
                            diagram.edges().add(edge);
                        }
                    }
                }
            }
        }
    }
}
