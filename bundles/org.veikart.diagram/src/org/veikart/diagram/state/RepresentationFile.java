package org.veikart.diagram.state;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The representation file of one plan file: the {@link RepresentationState} of each representation
 * by name. It lives beside the plan as {@code <plan file name>.diagrams.json} (e.g.
 * {@code lillestrom-strategi.plan.diagrams.json}), so a {@code .plan} and an {@code .xmi} of the same
 * name do not share one, and it is never mixed into the plan text. Read and written by
 * {@link RepresentationFileReader} and {@link RepresentationFileWriter}.
 */
public final class RepresentationFile {

    /** Appended to the plan file's name. */
    public static final String SUFFIX = ".diagrams.json";

    /** The value of the "format" member, identifying the file kind. */
    public static final String FORMAT = "veikart-diagrams";

    /** The current format version. */
    public static final int VERSION = 1;

    private final Map<String, RepresentationState> representations = new LinkedHashMap<>();

    /** @return the representation file that belongs to {@code planFile} (it need not exist) */
    public static Path beside(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + SUFFIX);
    }

    /** @return states by representation name (mutable) */
    public Map<String, RepresentationState> representations() {
        return representations;
    }

    /** @return the state of that representation, created empty if there is none */
    public RepresentationState state(String representation) {
        return representations.computeIfAbsent(representation, name -> new RepresentationState());
    }
}
