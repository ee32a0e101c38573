package org.veikart.cli.diagram;

import java.util.ArrayList;
import java.util.List;

import org.veikart.cli.CommandException;

/**
 * The parsed arguments of {@code veikart diagram}: options in the form {@code --name VALUE} or
 * {@code --name=VALUE}, then paths ({@code --} ends the options). All problems are usage errors.
 *
 * @param representations the representations to render (all when none was named)
 * @param format          "svg" or "png"
 * @param out             the output folder as typed
 * @param paths           the PATH operands, at least one
 */
record DiagramArguments(List<String> representations, String format, String out, List<String> paths) {

    static DiagramArguments parse(String command, List<String> args, List<String> known) throws CommandException {
        List<String> representations = new ArrayList<>();
        String format = "svg";
        String out = null;
        List<String> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (arg.isBlank()) {
                    throw CommandException.usage(command + ": an empty PATH was given");
                }
                paths.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw CommandException.usage(command + ": " + name + " needs a value");
            }
            switch (name) {
                case "--representation", "-r" -> {
                    if (!known.contains(value)) {
                        throw CommandException.usage(command + ": unknown representation '" + value + "' (known: "
                                + String.join(", ", known) + ")");
                    }
                    representations.add(value);
                }
                case "--format", "-f" -> {
                    if (!value.equals("svg") && !value.equals("png")) {
                        throw CommandException.usage(command + ": unknown format '" + value + "' (svg or png)");
                    }
                    format = value;
                }
                case "--out", "-o" -> {
                    if (value.isBlank()) {
                        throw CommandException.usage(command + ": --out needs a folder");
                    }
                    out = value;
                }
                default -> throw CommandException.usage(command + ": unknown option '" + name + "'");
            }
        }
        if (out == null) {
            throw CommandException.usage(command + ": --out DIR is required");
        }
        if (paths.isEmpty()) {
            throw CommandException.usage(command + ": no PATH given");
        }
        return new DiagramArguments(representations.isEmpty() ? known : List.copyOf(representations), format, out, paths);
    }
}
