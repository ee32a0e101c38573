package org.veikart.cli.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.cli.template.Options;
import org.veikart.cli.template.PlanFiles;
import org.veikart.model.io.AtomicFileWriter;
import org.veikart.templates.diff.PlanDiff;
import org.veikart.templates.diff.PlanDiffer;
import org.veikart.templates.diff.Similarity;

/**
 * {@code veikart diff A B [--format text|json|html] [--out FILE]}: the semantic difference of two plans
 * ({@link PlanDiffer}). Each plan is read with the other {@code .plan} files of its folder. Exit 0
 * when compared (whether or not they differ), 1 when a plan has errors, 2 usage or I/O problem.
 */
public final class DiffCommand implements Command {

	private static final String NAME = "diff";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return "Compare two plans: added, removed, changed and moved elements";
	}

	@Override
	public String usage() {
		return """
				usage: veikart diff A.plan B.plan [--format text|json|html] [--out FILE]

				Compares two plans (two municipalities, or two versions of one plan).
				Elements are matched by id, then by template origin, then by similar title
				and text (similarity at least %.2f, best pairs first); the report lists
				removed, added, changed (per feature, old -> new) and moved elements (other
				parent). Where a statement was found in the source (provenance) is not
				compared. --out writes the report to FILE (atomically) instead of stdout.
				Each plan is read with the other .plan files of its folder, so two versions
				of one plan (same ids) belong in different folders.

				Exit code: 0 compared (also when they differ), 1 a plan has errors, 2 usage
				or I/O problem.""".formatted(Similarity.THRESHOLD);
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException {
		Options options = Options.parse(NAME, args, Set.of("--format", "--out"), Set.of(), Set.of());
		if (options.operands().size() != 2) {
			throw CommandException.usage(NAME + ": expected two plans A and B, got " + options.operands().size());
		}
		String format = options.value("--format") == null ? "text" : options.value("--format");
		if (!List.of("text", "json", "html").contains(format)) {
			throw CommandException.usage(NAME + ": --format must be text, json or html, not " + format);
		}
		String a = options.operands().get(0);
		String b = options.operands().get(1);
		PlanFiles.Loaded left = PlanFiles.load(NAME, context, a);
		PlanFiles.Loaded right = PlanFiles.load(NAME, context, b);
		int failed = 0;
		for (PlanFiles.Loaded loaded : List.of(left, right)) {
			loaded.errors().forEach(error -> context.err().println(error.format()));
			failed += loaded.errors().isEmpty() ? 0 : 1;
		}
		if (failed > 0) {
			context.err().println(NAME + ": a plan has errors; fix them first");
			return ExitCode.FAILED;
		}
		PlanDiff diff = PlanDiffer.compare(left.plan(), right.plan());
		String report;
		try {
			report = switch (format) {
				case "json" -> DiffJson.render(diff, a, b);
				case "html" -> DiffHtml.render(diff, a, b);
				default -> DiffText.render(diff, a, b);
			};
		} catch (IOException e) {
			throw CommandException.io(NAME + ": cannot write the report: " + e.getMessage(), e);
		}
		String out = options.value("--out");
		if (out == null) {
			context.out().print(report);
		} else {
			write(context.resolve(out), out, report);
			context.err().println(NAME + ": wrote " + out);
		}
		return ExitCode.OK;
	}

	private static void write(Path file, String argument, String report) throws CommandException {
		if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			throw CommandException.io(NAME + ": --out " + argument + ": the folder does not exist", null);
		}
		try {
			new AtomicFileWriter().write(file, report.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw CommandException.io(NAME + ": cannot write " + argument + ": " + e.getMessage(), e);
		}
	}
}
