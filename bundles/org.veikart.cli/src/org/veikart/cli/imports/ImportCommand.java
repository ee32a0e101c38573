package org.veikart.cli.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.export.OptionParser;

/**
 * {@code veikart import}: JSON to a new plan file ({@link JsonImport}), or CSV updates of an existing
 * plan ({@link CsvImport}); the kind follows from the inputs' extensions. Exit codes: 0 done (or
 * nothing to do), 1 the input has problems (listed as file:line:col; nothing written), 2 usage or I/O
 * problem.
 */
public final class ImportCommand implements Command {

	private static final String NAME = "import";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return "Import JSON as a plan file, or apply CSV edits to a plan";
	}

	@Override
	public String usage() {
		return """
				usage: veikart import [--dry-run] IN.json OUT
				       veikart import [--dry-run] CSV... PLAN

				IN.json OUT: reads a Veikart JSON document (as 'veikart export --format
				json' writes it) and writes it as OUT (.plan or .xmi). Ids that the
				document does not define resolve against the .plan files beside OUT.

				CSV... PLAN: updates the existing elements of PLAN (.plan or .xmi) from
				CSV files, or folders of them, as 'veikart export --format csv' writes
				them (edited in a spreadsheet). Rows are matched by id; elements are
				never created, deleted or moved. Every change is printed as
				  file:line:col: Type id feature: "old" -> "new"

				--dry-run  check the input and show what would change; write nothing

				Files are written atomically; the previous version is kept as .bak.
				Exit code: 0 done, 1 the input has problems (listed; nothing written),
				2 usage or I/O problem.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException {
		OptionParser options = OptionParser.parse(NAME, args, Set.of(), Set.of("--dry-run"));
		List<String> paths = options.operands();
		if (paths.size() < 2) {
			throw CommandException.usage(NAME + ": expected inputs and a target, got " + paths.size()
					+ (paths.size() == 1 ? " path" : " paths"));
		}
		String target = paths.get(paths.size() - 1);
		List<String> inputs = paths.subList(0, paths.size() - 1);
		requirePlanFile(target);
		boolean json = lower(inputs.get(0)).endsWith(".json");
		if (json) {
			if (inputs.size() != 1) {
				throw CommandException.usage(NAME + ": a JSON import takes one IN.json and OUT");
			}
			return JsonImport.run(NAME, inputs.get(0), target, options.has("--dry-run"), context);
		}
		for (String input : inputs) {
			if (!lower(input).endsWith(".csv") && !Files.isDirectory(context.resolve(input))) {
				throw CommandException.usage(NAME + ": " + input + ": unknown input format (expected .json, .csv or a folder of .csv files)");
			}
		}
		return CsvImport.run(NAME, inputs, target, options.has("--dry-run"), context);
	}

	private static void requirePlanFile(String target) throws CommandException {
		if (!lower(target).endsWith(".plan") && !lower(target).endsWith(".xmi")) {
			throw CommandException.usage(NAME + ": " + target + ": the target must be a .plan or .xmi file");
		}
	}

	static void requireReadable(String name, String argument, Path path) throws CommandException {
		if (!Files.exists(path)) {
			throw CommandException.io(name + ": " + argument + ": no such file", null);
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw CommandException.io(name + ": " + argument + ": cannot read the file", null);
		}
	}

	static void requireWritableFile(String name, String argument, Path out) throws CommandException {
		Path folder = out.getParent();
		if (Files.isDirectory(out)) {
			throw CommandException.io(name + ": " + argument + ": is a folder, not a file", null);
		}
		if (folder == null || !Files.isDirectory(folder)) {
			throw CommandException.io(name + ": " + argument + ": the folder " + folder + " does not exist", null);
		}
		if (!Files.isWritable(folder) || Files.exists(out) && !Files.isWritable(out)) {
			throw CommandException.io(name + ": " + argument + ": cannot write there (permission denied)", null);
		}
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}
