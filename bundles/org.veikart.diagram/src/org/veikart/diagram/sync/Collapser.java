package org.veikart.diagram.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.veikart.diagram.description.EdgeMapping;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramEdge;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationState;

/**
 * Hides what hangs below collapsed nodes: every node reachable from a collapsed node through
 * hierarchy edges (not the collapsed node itself), and every edge touching a hidden node. The
 * collapsed node shows how many nodes it hides as a "+N" badge.
 */
final class Collapser {

    private Collapser() {
    }

    static void collapse(Diagram diagram, RepresentationDescription description, RepresentationState state) {
        if (state.elements().values().stream().noneMatch(ElementState::collapsed)) {
            return;
        }
        Set<String> hierarchy = new HashSet<>();
        description.edgeMappings().stream().filter(EdgeMapping::hierarchy).forEach(m -> hierarchy.add(m.id()));
        Map<String, List<String>> children = new HashMap<>();
        for (DiagramEdge edge : diagram.edges()) {
            if (hierarchy.contains(edge.mappingId())) {
                children.computeIfAbsent(edge.sourceId(), id -> new java.util.ArrayList<>()).add(edge.targetId());
            }
        }
        Set<String> hidden = new HashSet<>();
        for (DiagramNode node : diagram.allNodes().toList()) {
            ElementState stored = state.element(node.id());
            if (stored == null || !stored.collapsed()) {
                continue;
            }
            node.setCollapsed(true);
            Set<String> below = reachable(node.id(), children);
            node.setBadge("+" + below.size());
            hidden.addAll(below);
        }
        if (hidden.isEmpty()) {
            return;
        }
        diagram.nodes().removeIf(node -> hidden.contains(node.id()));
        diagram.allNodes().forEach(node -> node.children().removeIf(child -> hidden.contains(child.id())));
        diagram.edges().removeIf(edge -> hidden.contains(edge.sourceId()) || hidden.contains(edge.targetId()));
    }

    private static Set<String> reachable(String start, Map<String, List<String>> children) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(children.getOrDefault(start, List.of()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!id.equals(start) && seen.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }
}
