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

    /** Where an entry stands in the file (1-based), for warnings about it. */
    public record Location(int line, int column) {
    }

    private final Map<String, RepresentationState> representations = new LinkedHashMap<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    /**
     * @param representation the representation name
     * @param section        "layers", "filters", "elements", or null for the representation itself
     * @param name           the entry's name within the section, or null
     * @return the key of {@link #locations()} for that entry
     */
    public static String key(String representation, String section, String name) {
        return section == null ? representation : representation + "\u0000" + section + "\u0000" + name;
    }

    /** @return where the entries were read from, by {@link #key}; empty for a file made in memory (mutable) */
    public Map<String, Location> locations() {
        return locations;
    }

    /** @return the location of that entry, or (0, 0) if unknown */
    public Location location(String representation, String section, String name) {
        return locations.getOrDefault(key(representation, section, name), new Location(0, 0));
    }

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
