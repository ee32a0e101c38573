package org.veikart.diagram.model;

import java.util.ArrayList;
import java.util.List;

import org.veikart.diagram.description.EdgeStyle;

/**
 * A directed edge of a {@link Diagram} between two nodes, made by one edge mapping. Its route is
 * set by the layout as absolute points from source to target (empty until laid out).
 *
 * @param sourceId  element id of the source node
 * @param targetId  element id of the target node
 * @param mappingId the edge mapping that made it
 * @param style     how to draw it
 * @param label     a short label, or null
 * @param hierarchy true for a parent-to-child edge (tree layouts build their tree from these)
 * @param route     the points from source to target (mutable)
 */
public record DiagramEdge(String sourceId, String targetId, String mappingId, EdgeStyle style, String label,
        boolean hierarchy, List<Point> route) {

    /** @return a new edge without a route yet */
    public static DiagramEdge of(String sourceId, String targetId, String mappingId, EdgeStyle style, String label,
            boolean hierarchy) {
        return new DiagramEdge(sourceId, targetId, mappingId, style, label, hierarchy, new ArrayList<>());
    }

    /** @return a key that is unique per diagram: mapping, source and target */
    public String key() {
        return mappingId + ":" + sourceId + "->" + targetId;
    }
}
