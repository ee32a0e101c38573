package org.veikart.cli.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.veikart.cli.CommandException;

/**
 * The options and operands of a command with named options ({@code --out FILE} or
 * {@code --out=FILE}, flags such as {@code --dry-run}, repeatable {@code --param k=v}). {@code --}
 * ends the options. Unknown options, a missing value and a single-valued option given twice are usage
 * errors (exit 2) naming the command.
 */
public final class Options {

	private final Map<String, List<String>> values = new LinkedHashMap<>();
	private final List<String> operands = new ArrayList<>();

	private Options() {
	}

	/**
	 * @param command    the command's name for messages, e.g. "template apply"
	 * @param valued     options that take a value
	 * @param repeatable those of {@code valued} that may be given more than once
	 * @param flags      options without a value
	 */
	public static Options parse(String command, List<String> args, Set<String> valued, Set<String> repeatable, Set<String> flags)
			throws CommandException {
		Options options = new Options();
		boolean ended = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (ended || !arg.startsWith("--") && !(arg.startsWith("-") && arg.length() > 1)) {
				if (arg.isBlank()) {
					throw CommandException.usage(command + ": an empty argument was given");
				}
				options.operands.add(arg);
			} else if (arg.equals("--")) {
				ended = true;
			} else {
				int equals = arg.indexOf('=');
				String name = equals < 0 ? arg : arg.substring(0, equals);
				if (flags.contains(name) && equals < 0) {
					options.values.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
				} else if (valued.contains(name)) {
					String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.size() ? args.get(++i) : null;
					if (value == null || value.isEmpty()) {
						throw CommandException.usage(command + ": " + name + " needs a value");
					}
					List<String> list = options.values.computeIfAbsent(name, n -> new ArrayList<>());
					if (!list.isEmpty() && !repeatable.contains(name)) {
						throw CommandException.usage(command + ": " + name + " is given twice");
					}
					list.add(value);
				} else {
					throw CommandException.usage(command + ": unknown option '" + arg + "'");
				}
			}
		}
		return options;
	}

	/** @return the value of a single-valued option, or null */
	public String value(String name) {
		List<String> list = values.get(name);
		return list == null ? null : list.get(0);
	}

	/** @return the value of a required option */
	public String required(String command, String name) throws CommandException {
		String value = value(name);
		if (value == null) {
			throw CommandException.usage(command + ": " + name + " is required");
		}
		return value;
	}

	/** @return true if the flag was given */
	public boolean flag(String name) {
		return values.containsKey(name);
	}

	/** @return every value of a repeatable option, in order */
	public List<String> all(String name) {
		return values.getOrDefault(name, List.of());
	}

	/** @return the operands (arguments that are not options), in order */
	public List<String> operands() {
		return operands;
	}

	/** @return the {@code --param NAME=VALUE} values by name */
	public Map<String, String> params(String command) throws CommandException {
		Map<String, String> params = new LinkedHashMap<>();
		for (String param : all("--param")) {
			int equals = param.indexOf('=');
			if (equals <= 0) {
				throw CommandException.usage(command + ": --param expects NAME=VALUE, got '" + param + "'");
			}
			if (params.put(param.substring(0, equals), param.substring(equals + 1)) != null) {
				throw CommandException.usage(command + ": parameter " + param.substring(0, equals) + " is given twice");
			}
		}
		return params;
	}
}
