package org.veikart.diagram.state;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The diagram-only state of one representation of one plan (Sirius: what the {@code .aird} keeps per
 * diagram): per element id its {@link ElementState}, which layers are switched on or off, which
 * filters are active (with their parameter, "" for none). Never part of the plan text.
 */
public final class RepresentationState {

    private final Map<String, ElementState> elements = new LinkedHashMap<>();
    private final Map<String, Boolean> layers = new LinkedHashMap<>();
    private final Map<String, String> filters = new LinkedHashMap<>();

    /** @return element states by element id (mutable, insertion ordered) */
    public Map<String, ElementState> elements() {
        return elements;
    }

    /** @return explicit layer switches by layer id; layers not named use their default (mutable) */
    public Map<String, Boolean> layers() {
        return layers;
    }

    /** @return active filters by filter id, with their parameter ("" for none) (mutable) */
    public Map<String, String> filters() {
        return filters;
    }

    /** @return the state of the element, or null */
    public ElementState element(String id) {
        return elements.get(id);
    }

    /** @return true if nothing is recorded */
    public boolean isEmpty() {
        return elements.isEmpty() && layers.isEmpty() && filters.isEmpty();
    }

    /** @return a deep copy (element states are immutable) */
    public RepresentationState copy() {
        RepresentationState copy = new RepresentationState();
        copy.elements.putAll(elements);
        copy.layers.putAll(layers);
        copy.filters.putAll(filters);
        return copy;
    }
}
