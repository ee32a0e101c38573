package org.veikart.diagram.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.veikart.diagram.description.DescriptionRegistry;
import org.veikart.diagram.description.Filter;
import org.veikart.diagram.description.Layer;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.descriptions.CommonFilters;
import org.veikart.diagram.descriptions.PlanElements;
import org.veikart.diagram.state.RepresentationFile;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.FocusArea;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

/**
 * Checks the settings of a representation file against the representations on offer: unknown
 * representations, layers and filters, and a focus-area filter naming no focus area of the plan,
 * each give one warning at the entry's {@code file:line:col} listing the valid names. Such settings
 * have no effect when drawing (see {@code Visibility}); the warning says so, so a typo is not silent.
 * Never modifies the file.
 */
public final class SettingsCheck {

    /** Diagnostic code of a setting that has no effect. */
    public static final String CODE_UNKNOWN = "diagram.representationFile.unknownSetting";

    private SettingsCheck() {
    }

    /**
     * @param read     the representation file as read (with locations)
     * @param plan     the plan it belongs to
     * @param registry the representations on offer
     * @param path     the representation file's path, for the warnings
     * @return one warning per setting without effect, in file order
     */
    public static List<ModelDiagnostic> check(RepresentationFile read, Plan plan, DescriptionRegistry registry, String path) {
        List<ModelDiagnostic> warnings = new ArrayList<>();
        for (Map.Entry<String, RepresentationState> entry : read.representations().entrySet()) {
            String name = entry.getKey();
            Optional<RepresentationDescription> found = registry.find(name);
            if (found.isEmpty()) {
                warn(warnings, read.location(name, null, null), path, "unknown representation '" + name
                        + "'; its settings are ignored (representations: " + String.join(", ", registry.names()) + ")");
                continue;
            }
            RepresentationDescription description = found.get();
            List<String> layers = description.layers().stream().map(Layer::id).toList();
            for (String layer : entry.getValue().layers().keySet()) {
                if (!layers.contains(layer)) {
                    warn(warnings, read.location(name, "layers", layer), path, "representation '" + name
                            + "': unknown layer '" + layer + "' is ignored (layers: " + list(layers) + ")");
                }
            }
            List<String> filters = description.filters().stream().map(Filter::id).toList();
            for (Map.Entry<String, String> filter : entry.getValue().filters().entrySet()) {
                RepresentationFile.Location at = read.location(name, "filters", filter.getKey());
                if (!filters.contains(filter.getKey())) {
                    warn(warnings, at, path, "representation '" + name + "': unknown filter '" + filter.getKey()
                            + "' is ignored (filters: " + list(filters) + ")");
                } else if (filter.getKey().equals(CommonFilters.FOCUS_AREA) && !filter.getValue().isEmpty()) {
                    checkFocusArea(warnings, at, path, name, filter.getValue(), plan);
                }
            }
        }
        return warnings;
    }

    private static void checkFocusArea(List<ModelDiagnostic> warnings, RepresentationFile.Location at, String path,
            String representation, String areaId, Plan plan) {
        List<String> areas = PlanElements.all(plan, FocusArea.class).stream().map(area -> ((Identifiable) area).getId())
                .filter(id -> id != null).toList();
        if (!areas.contains(areaId)) {
            warn(warnings, at, path, "representation '" + representation + "': filter '" + CommonFilters.FOCUS_AREA
                    + "' names '" + areaId + "', which is not a focus area of this plan; the filter is ignored (focus areas: "
                    + list(areas) + ")");
        }
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static void warn(List<ModelDiagnostic> warnings, RepresentationFile.Location at, String path, String message) {
        warnings.add(new ModelDiagnostic(Severity.WARNING, CODE_UNKNOWN, message, path, at.line(), at.column(), null));
    }
}
