package org.veikart.diagram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.NodeStyle;

/**
 * A node (or, with children, a container) of a {@link Diagram}, standing for one model element.
 * The synchronizer sets identity, label and style; the sizer sets the wrapped {@link #lines()} and
 * the size; the layout sets the position. Bounds of children are absolute (not relative to the
 * container), so renderers and tests need no coordinate transformation.
 */
public final class DiagramNode {

    private final String id;
    private final String mappingId;
    private final EObject element;
    private final String label;
    private final NodeStyle style;
    private final List<DiagramNode> children = new ArrayList<>();
    private final List<Bounds> marks = new ArrayList<>();
    private List<String> lines = List.of();
    private String tooltip;
    private String badge;
    private Marker marker;
    private boolean pinned;
    private boolean collapsed;
    private Bounds bounds = new Bounds(0, 0, 0, 0);

    /**
     * @param id        the element's stable id, unique in the diagram
     * @param mappingId the node or container mapping that made it
     * @param element   the semantic element (not rendered; for descriptions and tools)
     * @param label     the full label text (wrapping happens later)
     * @param style     how to draw it
     */
    public DiagramNode(String id, String mappingId, EObject element, String label, NodeStyle style) {
        this.id = id;
        this.mappingId = mappingId;
        this.element = element;
        this.label = label == null ? "" : label;
        this.style = style;
    }

    public String id() {
        return id;
    }

    public String mappingId() {
        return mappingId;
    }

    public EObject element() {
        return element;
    }

    public String label() {
        return label;
    }

    public NodeStyle style() {
        return style;
    }

    /** @return nested nodes of a container (mutable); empty for plain nodes */
    public List<DiagramNode> children() {
        return children;
    }

    /** @return this node followed by all nodes nested in it, depth first */
    public Stream<DiagramNode> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(DiagramNode::selfAndDescendants));
    }

    /** @return extra rectangles drawn in the node's colours, e.g. timeline bars (mutable) */
    public List<Bounds> marks() {
        return marks;
    }

    /** @return the label wrapped into lines that fit the node */
    public List<String> lines() {
        return lines;
    }

    public void setLines(List<String> wrapped) {
        this.lines = List.copyOf(wrapped);
    }

    /** @return a longer text for hover tooltips, or null */
    public String tooltip() {
        return tooltip;
    }

    public void setTooltip(String text) {
        this.tooltip = text;
    }

    /** @return a short text drawn in a corner (e.g. "+12" on a collapsed node), or null */
    public String badge() {
        return badge;
    }

    public void setBadge(String text) {
        this.badge = text;
    }

    /** @return the validation marker, or null when the element has no error or warning */
    public Marker marker() {
        return marker;
    }

    public void setMarker(Marker value) {
        this.marker = value;
    }

    public boolean pinned() {
        return pinned;
    }

    public void setPinned(boolean value) {
        this.pinned = value;
    }

    public boolean collapsed() {
        return collapsed;
    }

    public void setCollapsed(boolean value) {
        this.collapsed = value;
    }

    /** @return absolute position and size */
    public Bounds bounds() {
        return bounds;
    }

    public void setBounds(Bounds value) {
        this.bounds = value;
    }

    @Override
    public String toString() {
        return mappingId + " " + id + " " + bounds;
    }
}
