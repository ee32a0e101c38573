package org.veikart.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use from its environment. Passing the working directory in (instead of
 * reading {@code user.dir}) lets tests run commands on relative paths inside a temporary folder.
 *
 * @param out              results (diagnostics, generated text)
 * @param err              progress, summaries and error messages
 * @param workingDirectory absolute directory that relative paths are resolved against
 * @param debug            true when {@code --debug} was given: show stack traces of unexpected failures
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, boolean debug) {

    /**
     * @param argument a path as the user typed it
     * @return the absolute, normalized path it names
     */
    public Path resolve(String argument) {
        return workingDirectory.resolve(argument).normalize();
    }
}
