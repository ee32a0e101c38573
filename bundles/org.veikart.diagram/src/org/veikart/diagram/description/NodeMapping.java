package org.veikart.diagram.description;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Plan;

/**
 * Which elements become nodes and how they look (Sirius: node mapping). The candidates are a plain
 * Java function over the plan instead of an interpreted expression, so they are type-checked and
 * fast. Every candidate must be an {@code Identifiable} with an id; others are skipped.
 *
 * @param id         unique within the description, e.g. "measure"
 * @param candidates the semantic elements, in model order (the order the layout keeps)
 * @param label      the label text of an element
 * @param style      the style of an element (may depend on kind, status, SDG, ...)
 * @param tooltip    a longer hover text, or null for none
 * @param layer      the layer that must be active for the mapping to apply, or null for always
 */
public record NodeMapping(String id, Function<Plan, List<? extends EObject>> candidates,
        Function<EObject, String> label, Function<EObject, NodeStyle> style, Function<EObject, String> tooltip,
        String layer) {

    /** @return a mapping in no layer and without tooltips */
    public static NodeMapping of(String id, Function<Plan, List<? extends EObject>> candidates,
            Function<EObject, String> label, Function<EObject, NodeStyle> style) {
        return new NodeMapping(id, candidates, label, style, null, null);
    }

    /** @return this mapping, applying only while {@code layerId} is active */
    public NodeMapping inLayer(String layerId) {
        return new NodeMapping(id, candidates, label, style, tooltip, layerId);
    }

    /** @return this mapping with hover texts */
    public NodeMapping withTooltip(Function<EObject, String> text) {
        return new NodeMapping(id, candidates, label, style, text, layer);
    }
}
