package org.veikart.diagram.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The headless diagram of one representation of one plan: top-level nodes (containers hold their
 * children), edges between any two nodes, background guides and a legend. Produced by
 * {@code DiagramSynchronizer}, positioned by a layout strategy, drawn by the renderers; it holds no
 * plan data of its own beyond labels and styles, and every node is keyed by its element's stable
 * id (unique within the diagram).
 */
public final class Diagram {

    private final String representation;
    private final String title;
    private final List<DiagramNode> nodes = new ArrayList<>();
    private final List<DiagramEdge> edges = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();
    private double width;
    private double height;

    /**
     * @param representation the description's name, e.g. "tree"
     * @param title          a heading for the picture
     */
    public Diagram(String representation, String title) {
        this.representation = representation;
        this.title = title;
    }

    public String representation() {
        return representation;
    }

    public String title() {
        return title;
    }

    /** @return the top-level nodes (mutable; containers hold their children) */
    public List<DiagramNode> nodes() {
        return nodes;
    }

    /** @return every node, containers before their children, in document order */
    public Stream<DiagramNode> allNodes() {
        return nodes.stream().flatMap(DiagramNode::selfAndDescendants);
    }

    /** @return every node by element id */
    public Map<String, DiagramNode> nodesById() {
        Map<String, DiagramNode> byId = new LinkedHashMap<>();
        allNodes().forEach(node -> byId.put(node.id(), node));
        return byId;
    }

    public List<DiagramEdge> edges() {
        return edges;
    }

    public List<Guide> guides() {
        return guides;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Sets the canvas size; layout strategies call it after positioning everything. */
    public void setSize(double newWidth, double newHeight) {
        this.width = newWidth;
        this.height = newHeight;
    }
}
