package org.veikart.diagram.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.ContainerMapping;
import org.veikart.diagram.description.NodeMapping;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.model.Marker;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.check.Severity;

/**
 * The first stage: makes the (not yet sized or laid out) {@link Diagram} of a plan from a
 * description and a representation state (Sirius: the diagram synchronizer). Guarantees: one node
 * per element id (the first mapping that yields an element wins), in the order of the mappings and
 * each mapping's candidates (model order); only mappings of active layers apply; elements hidden by
 * an active filter get no node; edges only between nodes that exist; what hangs below a collapsed
 * node through hierarchy edges is left out (the node gets a "+N" badge); nodes of elements with
 * errors or warnings carry a {@link Marker}. The plan itself is never modified.
 */
public final class DiagramSynchronizer {

    /**
     * @param plan        the plan to show
     * @param description what to show
     * @param state       layers, filters, collapsed nodes (positions are applied later)
     * @param severities  worst severity per element id; elements not named have no marker
     * @return the diagram, with legend entries for the styles used
     */
    public Diagram synchronize(Plan plan, RepresentationDescription description, RepresentationState state,
            Map<String, Severity> severities) {
        Diagram diagram = new Diagram(description.name(), description.title() + ": " + PlanTitle.of(plan));
        Visibility visibility = new Visibility(description, state);
        Map<String, DiagramNode> made = new LinkedHashMap<>();
        for (ContainerMapping mapping : description.containerMappings()) {
            addContainers(plan, mapping, visibility, made, diagram);
        }
        for (NodeMapping mapping : description.nodeMappings()) {
            if (visibility.layerActive(mapping.layer())) {
                for (EObject element : mapping.candidates().apply(plan)) {
                    DiagramNode node = makeNode(mapping, element, visibility, made);
                    if (node != null) {
                        diagram.nodes().add(node);
                    }
                }
            }
        }
        new EdgeBuilder(description, visibility).addEdges(diagram, made);
        Collapser.collapse(diagram, description, state);
        made.values().forEach(node -> decorate(node, state, severities));
        Legends.fill(diagram);
        return diagram;
    }

    private static void addContainers(Plan plan, ContainerMapping mapping, Visibility visibility,
            Map<String, DiagramNode> made, Diagram diagram) {
        if (!visibility.layerActive(mapping.self().layer())) {
            return;
        }
        Map<EObject, DiagramNode> containers = new LinkedHashMap<>();
        for (EObject element : mapping.self().candidates().apply(plan)) {
            DiagramNode container = makeNode(mapping.self(), element, visibility, made);
            if (container != null) {
                containers.put(element, container);
            }
        }
        for (EObject element : mapping.children().candidates().apply(plan)) {
            DiagramNode child = makeNode(mapping.children(), element, visibility, made);
            if (child != null) {
                DiagramNode container = containers.get(mapping.containerOf().apply(element));
                (container == null ? diagram.nodes() : container.children()).add(child);
            }
        }
        // containers without children are of no use in the picture
        containers.values().stream().filter(container -> !container.children().isEmpty()).forEach(diagram.nodes()::add);
        containers.values().stream().filter(container -> container.children().isEmpty())
                .forEach(container -> made.remove(container.id()));
    }

    /** @return the new node, or null if the element has no id, is already shown or is filtered out */
    private static DiagramNode makeNode(NodeMapping mapping, EObject element, Visibility visibility,
            Map<String, DiagramNode> made) {
        if (!(element instanceof Identifiable identifiable) || identifiable.getId() == null
                || made.containsKey(identifiable.getId()) || visibility.hidden(element)) {
            return null;
        }
        DiagramNode node = new DiagramNode(identifiable.getId(), mapping.id(), element, mapping.label().apply(element),
                mapping.style().apply(element));
        if (mapping.tooltip() != null) {
            node.setTooltip(mapping.tooltip().apply(element));
        }
        made.put(node.id(), node);
        return node;
    }

    private static void decorate(DiagramNode node, RepresentationState state, Map<String, Severity> severities) {
        Severity severity = severities.get(node.id());
        if (severity == Severity.ERROR) {
            node.setMarker(Marker.ERROR);
        } else if (severity == Severity.WARNING) {
            node.setMarker(Marker.WARNING);
        }
        ElementState stored = state.element(node.id());
        node.setPinned(stored != null && stored.pinned() && stored.hasPosition());
    }

    /** @return the nodes of {@code diagram} that stand for elements of {@code type} */
    public static List<DiagramNode> nodesOf(Diagram diagram, Class<?> type) {
        return diagram.allNodes().filter(node -> type.isInstance(node.element())).toList();
    }
}
