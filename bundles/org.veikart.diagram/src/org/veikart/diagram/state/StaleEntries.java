package org.veikart.diagram.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

/**
 * Drops element entries whose element no longer exists (deleted or renamed in the plan text), so a
 * representation file never breaks a diagram: one warning per dropped id, never an exception.
 */
public final class StaleEntries {

    /** Diagnostic code of a dropped entry. */
    public static final String CODE_STALE = "diagram.representationFile.staleElement";

    private StaleEntries() {
    }

    /**
     * @param state          the state to clean (modified)
     * @param knownIds       ids of the elements that exist
     * @param file           the representation file, for the warnings
     * @param representation the representation name, for the warnings
     * @return one warning per dropped entry
     */
    public static List<ModelDiagnostic> drop(RepresentationState state, Set<String> knownIds, String file,
            String representation) {
        return drop(state, knownIds, file, representation, new RepresentationFile());
    }

    /** As {@link #drop(RepresentationState, Set, String, String)}, with the warnings at the entries' places in {@code read}. */
    public static List<ModelDiagnostic> drop(RepresentationState state, Set<String> knownIds, String file,
            String representation, RepresentationFile read) {
        List<ModelDiagnostic> warnings = new ArrayList<>();
        Iterator<Map.Entry<String, ElementState>> entries = state.elements().entrySet().iterator();
        while (entries.hasNext()) {
            String id = entries.next().getKey();
            if (!knownIds.contains(id)) {
                entries.remove();
                RepresentationFile.Location at = read.location(representation, "elements", id);
                warnings.add(new ModelDiagnostic(Severity.WARNING, CODE_STALE, "representation '" + representation
                        + "': no element with id '" + id + "' any more; its diagram entry is dropped", file, at.line(), at.column(), null));
            }
        }
        return warnings;
    }
}
