package org.veikart.cli.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.veikart.cli.CommandException;

/**
 * Options and operands of a command such as {@code export}: options with a value ({@code --out DIR} or
 * {@code --out=DIR}), flags ({@code --dry-run}), {@code --} to end options; any other argument starting
 * with {@code -} is an unknown option. Every problem is a usage error naming the command.
 */
public final class OptionParser {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> flags = new ArrayList<>();
	private final List<String> operands = new ArrayList<>();

	/**
	 * @param valued options that take a value, e.g. "--out"
	 * @param known  flags without value, e.g. "--dry-run"
	 */
	public static OptionParser parse(String command, List<String> args, Set<String> valued, Set<String> known)
			throws CommandException {
		OptionParser parsed = new OptionParser();
		boolean ended = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!ended && arg.equals("--")) {
				ended = true;
			} else if (!ended && arg.startsWith("-") && arg.length() > 1) {
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				if (valued.contains(name)) {
					String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
							: i + 1 < args.size() ? args.get(++i) : null;
					if (value == null || value.isBlank()) {
						throw CommandException.usage(command + ": " + name + " needs a value");
					}
					if (parsed.values.put(name, value) != null) {
						throw CommandException.usage(command + ": " + name + " given twice");
					}
				} else if (known.contains(arg)) {
					parsed.flags.add(arg);
				} else {
					throw CommandException.usage(command + ": unknown option '" + arg + "'");
				}
			} else if (arg.isBlank()) {
				throw CommandException.usage(command + ": an empty PATH was given");
			} else {
				parsed.operands.add(arg);
			}
		}
		return parsed;
	}

	/** @return the option's value, or null if not given */
	public String value(String option) {
		return values.get(option);
	}

	public boolean has(String flag) {
		return flags.contains(flag);
	}

	public List<String> operands() {
		return operands;
	}
}
