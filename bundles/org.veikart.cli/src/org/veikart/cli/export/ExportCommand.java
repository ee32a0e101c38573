package org.veikart.cli.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.generator.ExportException;
import org.veikart.generator.ExportFormat;
import org.veikart.generator.StagedOutput;
import org.veikart.generator.html.ReportFigureSource;

/**
 * {@code veikart export --format json|html|csv --out DIR PATH...}: loads the plan files (folders
 * walked; references across all of them and the .plan files beside them resolve), refuses to export
 * if any has errors, generates the format's files ({@link ExportFormat}) and publishes them as DIR in
 * one step ({@link StagedOutput}): DIR is either the complete new export or left as it was.
 * <p>
 * Exit codes: 0 written; 1 the input has errors or cannot be exported (nothing written); 2 usage or
 * I/O problem (unknown format, missing path, DIR not writable or a foreign non-empty folder).
 */
public final class ExportCommand implements Command {

	private static final String NAME = "export";

	private final ReportFigureSource figures;

	public ExportCommand() {
		this(ReportFigureSource.NONE);
	}

	/** @param figures diagrams for the HTML report */
	public ExportCommand(ReportFigureSource figures) {
		this.figures = figures;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return "Export plans as JSON (with schema), an HTML report or CSV";
	}

	@Override
	public String usage() {
		return """
				usage: veikart export --format json|html|csv --out DIR PATH...

				Exports the plans in the PATHs (plan files or folders searched for *.plan
				and *.xmi) into the folder DIR:
				  json  one <plan id>.json per file and veikart-plan.schema.json
				  html  a static report: index.html, one <plan id>.html per plan and the
				        stylesheet; every element has its id as anchor
				  csv   one folder <plan id>/ per file with one <Type>.csv per element type
				        (UTF-8 with byte order mark; see 'veikart import')
				References across the given files (and the .plan files beside them)
				resolve. DIR is written completely beside itself and then moved into
				place; an existing DIR is replaced only if it is empty or an earlier
				export.

				Exit code: 0 written, 1 the plans have errors (listed; nothing written),
				2 usage or I/O problem.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException {
		OptionParser options = OptionParser.parse(NAME, args, Set.of("--format", "--out"), Set.of());
		ExportFormat format = format(options.value("--format"));
		if (options.value("--out") == null) {
			throw CommandException.usage(NAME + ": --out DIR is missing");
		}
		if (options.operands().isEmpty()) {
			throw CommandException.usage(NAME + ": no PATH given");
		}
		Path out = context.resolve(options.value("--out"));
		checkOut(options.value("--out"), out);
		LoadedPlans plans = LoadedPlans.load(NAME, options.operands(), context, context.out());
		if (plans.hasErrors()) {
			context.err().println(NAME + ": " + plans.errorCount() + (plans.errorCount() == 1 ? " error" : " errors")
					+ "; nothing written");
			return ExitCode.FAILED;
		}
		List<EObject> roots = plans.roots();
		Map<String, byte[]> files;
		try {
			files = format.generate(roots, figures);
		} catch (ExportException e) {
			context.err().println(NAME + ": " + e.getMessage() + "; nothing written");
			return ExitCode.FAILED;
		}
		try {
			StagedOutput.publish(out, files);
		} catch (IOException e) {
			throw CommandException.io(NAME + ": cannot write " + options.value("--out") + ": " + e.getMessage(), e);
		}
		context.err().println(NAME + ": wrote " + files.size() + " files (" + format.id() + ", " + roots.size()
				+ (roots.size() == 1 ? " plan file" : " plan files") + ") to " + options.value("--out"));
		return ExitCode.OK;
	}

	private static ExportFormat format(String name) throws CommandException {
		if (name == null) {
			throw CommandException.usage(NAME + ": --format json|html|csv is missing");
		}
		return ExportFormat.named(name).orElseThrow(() -> CommandException.usage(NAME + ": unknown format '" + name
				+ "' (expected json, html or csv)"));
	}

	/** Fails early, before any plan is loaded, when DIR can never be written. */
	private static void checkOut(String argument, Path out) throws CommandException {
		try {
			StagedOutput.checkTarget(out);
		} catch (IOException e) {
			throw CommandException.io(NAME + ": cannot write " + argument + ": " + e.getMessage(), null);
		}
	}
}
