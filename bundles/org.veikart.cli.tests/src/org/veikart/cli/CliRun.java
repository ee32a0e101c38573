package org.veikart.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link VeikartCommandLine} in-process with captured streams, the way the Equinox
 * application does, and keeps what it printed.
 *
 * @param exitCode the returned exit code
 * @param out      everything printed to stdout
 * @param err      everything printed to stderr
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs the standard commands with {@code workingDirectory} as the current directory. */
    public static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, CommandRegistry.standard(), args);
    }

    static CliRun run(Path workingDirectory, CommandRegistry registry, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exitCode = VeikartCommandLine.run(args, outStream, errStream, workingDirectory, registry);
            return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** @return the non-empty stdout lines */
    public List<String> outLines() {
        return out.lines().filter(line -> !line.isBlank()).toList();
    }

    /** @return the non-empty stderr lines */
    public List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    /** @return a description for assertion messages */
    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
    }
}
