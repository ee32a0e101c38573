package org.veikart.diagram.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.veikart.model.check.ModelDiagnostic;

/**
 * Loads the representation file beside a plan file and drops entries of elements that no longer
 * exist. Never throws for bad content (see {@link RepresentationFileReader}).
 */
public final class RepresentationFiles {

    private RepresentationFiles() {
    }

    /**
     * @param planFile the plan file ({@code .plan} or {@code .xmi})
     * @param knownIds the ids that exist (e.g. {@code KnownIds.of(plan)})
     * @return the cleaned file (empty if missing or corrupt) and the errors and stale-entry warnings
     */
    public static RepresentationFileReader.Result loadBeside(Path planFile, Set<String> knownIds) {
        Path path = RepresentationFile.beside(planFile);
        RepresentationFileReader.Result result = new RepresentationFileReader().read(path);
        List<ModelDiagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        for (Map.Entry<String, RepresentationState> entry : result.file().representations().entrySet()) {
            diagnostics.addAll(StaleEntries.drop(entry.getValue(), knownIds, path.toString(), entry.getKey(), result.file()));
        }
        return new RepresentationFileReader.Result(result.file(), diagnostics);
    }
}
