package org.veikart.cli.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.cli.export.LoadedPlans;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportException;
import org.veikart.generator.ImportProblem;
import org.veikart.generator.csv.CsvChange;
import org.veikart.generator.csv.CsvImporter;
import org.veikart.model.check.ModelDiagnostic;

/**
 * {@code import [--dry-run] CSV... PLAN}: updates the existing elements of PLAN from CSV files (or
 * folders of them) as {@code export --format csv} writes them. Prints every change as
 * {@code file:line:col: element feature: "old" -> "new"}; with {@code --dry-run} stops there, else
 * writes PLAN through its save path (atomic, {@code .bak} kept). Problems in the CSV stop the import
 * before anything is changed.
 */
final class CsvImport {

	private CsvImport() {
	}

	static int run(String name, List<String> csvArguments, String planArgument, boolean dryRun, CommandContext context)
			throws CommandException {
		Map<String, byte[]> files = readCsv(name, csvArguments, context);
		LoadedPlans plans = LoadedPlans.load(name, List.of(planArgument), context, context.out());
		if (plans.hasErrors() || plans.roots().size() != 1) {
			context.err().println(name + ": " + planArgument + " has errors; nothing imported");
			return ExitCode.FAILED;
		}
		EObject root = plans.roots().get(0);
		List<CsvChange> changes;
		try {
			changes = new CsvImporter(root, IdIndex.of(plans.allResources())).read(files);
		} catch (ImportException e) {
			for (ImportProblem problem : e.problems()) {
				context.out().println(problem.format());
			}
			context.err().println(name + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
					+ " in the CSV; " + planArgument + " left as it was");
			return ExitCode.FAILED;
		}
		changes.forEach(change -> context.out().println(change.describe()));
		if (changes.isEmpty()) {
			context.err().println(name + ": no changes; " + planArgument + " left as it was");
			return ExitCode.OK;
		}
		String count = changes.size() + (changes.size() == 1 ? " change" : " changes");
		if (dryRun) {
			context.err().println(name + ": " + count + " (dry run, nothing written)");
			return ExitCode.OK;
		}
		CsvImporter.apply(changes);
		Resource resource = root.eResource();
		try {
			List<ModelDiagnostic> errors = PlanFileWriter.save(resource, context.resolve(planArgument), changes, context.err());
			if (!errors.isEmpty()) {
				errors.forEach(error -> context.out().println(error.format()));
				context.err().println(name + ": the changes would make " + planArgument + " invalid; nothing written");
				return ExitCode.FAILED;
			}
		} catch (IOException e) {
			throw CommandException.io(name + ": cannot write " + planArgument + ": " + e.getMessage(), e);
		}
		context.err().println(name + ": " + count + " written to " + planArgument);
		return ExitCode.OK;
	}

	/** @return CSV file display name to content; folders give their *.csv files, sorted */
	private static Map<String, byte[]> readCsv(String name, List<String> arguments, CommandContext context)
			throws CommandException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String argument : arguments) {
			Path path = context.resolve(argument);
			List<Path> found = new ArrayList<>();
			if (Files.isDirectory(path)) {
				try (Stream<Path> list = Files.list(path)) {
					list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(found::add);
				} catch (IOException e) {
					throw CommandException.io(name + ": cannot read folder " + argument + ": " + e.getMessage(), e);
				}
				if (found.isEmpty()) {
					throw CommandException.io(name + ": " + argument + ": no *.csv files in this folder", null);
				}
			} else {
				ImportCommand.requireReadable(name, argument, path);
				found.add(path);
			}
			for (Path file : found) {
				try {
					String display = Files.isDirectory(path) ? Path.of(argument).resolve(file.getFileName()).toString() : argument;
					files.put(display, Files.readAllBytes(file));
				} catch (IOException e) {
					throw CommandException.io(name + ": " + file + ": cannot read the file: " + e.getMessage(), e);
				}
			}
		}
		return files;
	}
}
