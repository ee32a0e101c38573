package org.veikart.diagram.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.Filter;
import org.veikart.diagram.description.Layer;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.state.RepresentationState;

/**
 * Which layers are active and which elements the active filters hide, for one description and
 * state. Layers the state does not mention use their default; unknown layer or filter names in the
 * state are ignored (a later Veikart may have removed them).
 */
final class Visibility {

    private final RepresentationDescription description;
    private final RepresentationState state;
    private final List<Map.Entry<Filter, String>> activeFilters = new ArrayList<>();

    Visibility(RepresentationDescription description, RepresentationState state) {
        this.description = description;
        this.state = state;
        for (Map.Entry<String, String> entry : state.filters().entrySet()) {
            description.filter(entry.getKey()).ifPresent(filter -> activeFilters.add(Map.entry(filter, entry.getValue())));
        }
    }

    /** @return true for null (no layer) and for active layers */
    boolean layerActive(String layerId) {
        if (layerId == null) {
            return true;
        }
        Boolean explicit = state.layers().get(layerId);
        return explicit != null ? explicit : description.layer(layerId).map(Layer::defaultOn).orElse(false);
    }

    /** @return true if an active filter hides the element */
    boolean hidden(EObject element) {
        for (Map.Entry<Filter, String> filter : activeFilters) {
            if (filter.getKey().hides().test(element, filter.getValue() == null ? "" : filter.getValue())) {
                return true;
            }
        }
        return false;
    }
}
