package org.veikart.cli.validate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The plan file formats by extension; decides which files in a folder are plans. */
public final class PlanFormats {

    private final Map<String, PlanFormat> byExtension = new LinkedHashMap<>();

    /** @return the formats Veikart reads */
    public static PlanFormats standard() {
        return new PlanFormats(List.of(new DslPlanFormat(), new XmiPlanFormat()));
    }

    /**
     * @param formats formats with distinct extensions
     * @throws IllegalArgumentException if two formats claim the same extension
     */
    public PlanFormats(List<PlanFormat> formats) {
        for (PlanFormat format : formats) {
            if (byExtension.putIfAbsent(format.extension(), format) != null) {
                throw new IllegalArgumentException("two plan formats for ." + format.extension());
            }
        }
    }

    /** @return the format for the file's extension (case-insensitive), or empty if it is not a plan file */
    public Optional<PlanFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** @return the format for the extension (without dot, case-insensitive), or empty */
    public Optional<PlanFormat> forExtension(String extension) {
        return Optional.ofNullable(byExtension.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** @return the known extensions for messages, e.g. "*.xmi" or "*.plan, *.xmi" */
    public String describe() {
        return String.join(", ", byExtension.keySet().stream().map(e -> "*." + e).toList());
    }
}
