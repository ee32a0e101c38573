package org.veikart.cli.validate;

import java.nio.file.Path;

/**
 * A plan file chosen for a run.
 *
 * @param path    absolute path
 * @param display the name shown in diagnostics: the path as the user gave it (relative stays relative),
 *                extended by the path below a given folder
 * @param format  the format that reads it
 */
public record PlanFile(Path path, String display, PlanFormat format) {
}
