package org.veikart.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The path operands of a command that takes no options: {@code --} ends option parsing (so a path may
 * start with {@code -}), any other argument starting with {@code -} is an unknown option, and an empty
 * argument is refused. All problems are usage errors (exit 2) naming the command.
 */
public final class PathArguments {

	private PathArguments() {
	}

	/** @return the paths in the order given; never empty strings */
	public static List<String> parse(String command, List<String> args) throws CommandException {
		List<String> paths = new ArrayList<>();
		boolean optionsEnded = false;
		for (String arg : args) {
			if (!optionsEnded && arg.equals("--")) {
				optionsEnded = true;
			} else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
				throw CommandException.usage(command + ": unknown option '" + arg + "'");
			} else if (arg.isBlank()) {
				throw CommandException.usage(command + ": an empty PATH was given");
			} else {
				paths.add(arg);
			}
		}
		return paths;
	}
}
