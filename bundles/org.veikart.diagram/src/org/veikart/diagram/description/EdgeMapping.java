package org.veikart.diagram.description;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Which references become edges (Sirius: edge mapping). For every node made by one of
 * {@link #sourceMappings()} the {@link #targets()} function gives the elements it points to; an
 * edge is made for each target that is a node of the same diagram (targets that are not shown are
 * skipped, so layers and filters need no edge logic).
 *
 * @param id             unique within the description
 * @param sourceMappings ids of the node mappings whose nodes are sources
 * @param targets        the target elements of a source element
 * @param style          the line style
 * @param label          an edge label for (source, target), or null for none
 * @param layer          the layer that must be active, or null for always
 * @param hierarchy      true for parent-to-child edges: collapsing a node hides what hangs below it
 *                       through such edges
 */
public record EdgeMapping(String id, Set<String> sourceMappings, Function<EObject, List<? extends EObject>> targets,
        EdgeStyle style, BiFunction<EObject, EObject, String> label, String layer, boolean hierarchy) {

    /** @return a hierarchy edge mapping in no layer */
    public static EdgeMapping hierarchy(String id, Set<String> sources, Function<EObject, List<? extends EObject>> targets,
            EdgeStyle style) {
        return new EdgeMapping(id, sources, targets, style, null, null, true);
    }

    /** @return a cross-reference edge mapping (not hierarchy) in no layer */
    public static EdgeMapping reference(String id, Set<String> sources, Function<EObject, List<? extends EObject>> targets,
            EdgeStyle style) {
        return new EdgeMapping(id, sources, targets, style, null, null, false);
    }

    /** @return this mapping, applying only while {@code layerId} is active */
    public EdgeMapping inLayer(String layerId) {
        return new EdgeMapping(id, sourceMappings, targets, style, label, layerId, hierarchy);
    }

    /** @return this mapping with edge labels */
    public EdgeMapping withLabel(BiFunction<EObject, EObject, String> text) {
        return new EdgeMapping(id, sourceMappings, targets, style, text, layer, hierarchy);
    }
}
