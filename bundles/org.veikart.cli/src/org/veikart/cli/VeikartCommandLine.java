package org.veikart.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.veikart.model.text.EditDistance;

/**
 * The plain-Java entry point of the command line, usable without OSGi (tests call it in-process).
 * <p>
 * Takes {@code [--debug] [-h|--help] COMMAND [ARGS...]}; {@code --debug} is accepted anywhere
 * before a {@code --} argument. Guarantees: returns an {@link ExitCode} and never throws; expected
 * problems produce one message line on {@code err} (plus the usage for usage problems); an
 * unexpected exception produces one line naming it, and a stack trace only with {@code --debug}.
 */
public final class VeikartCommandLine {

    private static final List<String> HELP_OPTIONS = List.of("-h", "--help");
    private static final String DEBUG_OPTION = "--debug";

    private VeikartCommandLine() {
    }

    /** Plain-Java entry point (no OSGi): the classpath needs this bundle, the model, the SDG bundle and EMF. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command against the process's working directory.
     *
     * @return the exit code, see {@link ExitCode}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of("").toAbsolutePath());
    }

    /**
     * @param workingDirectory absolute directory against which relative paths in {@code args} are resolved
     * @return the exit code, see {@link ExitCode}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        return run(args, out, err, workingDirectory, CommandRegistry.standard());
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Path)} with the given commands (must include "help"). */
    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory, CommandRegistry registry) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        boolean debug = removeDebugOption(arguments);
        CommandContext context = new CommandContext(out, err, workingDirectory, debug);
        HelpCommand help = (HelpCommand) registry.find("help").orElseThrow();
        try {
            if (arguments.isEmpty()) {
                err.println("veikart: no command given");
                err.println(help.overview());
                return ExitCode.ERROR;
            }
            String name = arguments.remove(0);
            if (HELP_OPTIONS.contains(name)) {
                return runCommand(help, arguments, context);
            }
            Optional<Command> command = registry.find(name);
            if (command.isEmpty()) {
                err.println(name.startsWith("-") ? "veikart: unknown option '" + name + "' (see 'veikart --help')"
                        : "veikart: unknown command '" + name + "'" + didYouMean(name, registry));
                return ExitCode.ERROR;
            }
            return runCommand(command.get(), arguments, context);
        } catch (RuntimeException | LinkageError e) {
            // a bug, not a user problem: one line, the details on request
            err.println("veikart: internal error: " + describe(e) + " (run with --debug for details)");
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int runCommand(Command command, List<String> arguments, CommandContext context) {
        if (optionsOf(arguments).stream().anyMatch(HELP_OPTIONS::contains)) {
            context.out().println(command.usage());
            return ExitCode.OK;
        }
        try {
            return command.run(arguments, context);
        } catch (CommandException e) {
            context.err().println(e.getMessage());
            if (e.showUsage()) {
                context.err().println(command.usage());
            }
            if (context.debug() && e.getCause() != null) {
                e.getCause().printStackTrace(context.err());
            }
            return e.exitCode();
        }
    }

    /** Removes every {@code --debug} before the first {@code --}; @return whether there was one */
    private static boolean removeDebugOption(List<String> arguments) {
        return optionsOf(arguments).removeIf(DEBUG_OPTION::equals);
    }

    /** @return the (modifiable) part of the arguments before the first {@code --} */
    private static List<String> optionsOf(List<String> arguments) {
        int end = arguments.indexOf("--");
        return arguments.subList(0, end < 0 ? arguments.size() : end);
    }

    /** @return " (did you mean 'validate'?)" for a near miss, else a pointer to the help */
    private static String didYouMean(String name, CommandRegistry registry) {
        return registry.all().stream().map(Command::name)
                .filter(candidate -> EditDistance.between(name, candidate) <= 2)
                .findFirst().map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse(" (see 'veikart --help')");
    }

    /** @return the exception's class and the first line of its message */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return e.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }
}
