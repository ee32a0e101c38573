package org.veikart.cli.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.cli.PathArguments;
import org.veikart.cli.validate.PlanFormats;
import org.veikart.model.check.ModelDiagnostic;

/**
 * {@code veikart convert IN OUT}: converts one plan between the plan language ({@code .plan}) and XMI
 * ({@code .xmi}), through the model; the formats follow from the file extensions (see
 * {@link PlanConverter} for what each direction does).
 * <p>
 * Exit codes: 0 written; 1 IN has errors (nothing written); 2 usage or I/O problem (unknown
 * extension, missing or unreadable IN, OUT's folder missing or not writable). OUT is written
 * atomically, so it is either the complete new file or left as it was, never partial.
 */
public final class ConvertCommand implements Command {

	private static final String NAME = "convert";

	private final PlanFormats formats = PlanFormats.standard();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return "Convert a plan between .plan text and XMI";
	}

	@Override
	public String usage() {
		return """
				usage: veikart convert IN OUT

				Converts the plan in IN to the format of OUT, chosen by the file
				extensions (%s): .plan to .xmi gives elements without an id a new
				stable id; .xmi to .plan writes the plan in the canonical layout.
				References to other .plan files resolve against the .plan files in
				IN's folder. OUT is replaced atomically; its previous version is kept
				as OUT.bak.

				Exit code: 0 written, 1 IN has errors (they are listed; nothing is
				written), 2 usage or I/O problem.""".formatted(formats.describe());
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException {
		List<String> paths = parse(args);
		Path in = context.resolve(paths.get(0));
		Path out = context.resolve(paths.get(1));
		String inFormat = format(paths.get(0), in);
		String outFormat = format(paths.get(1), out);
		if (!Files.exists(in)) {
			throw CommandException.io(NAME + ": " + paths.get(0) + ": no such file", null);
		}
		if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
			throw CommandException.io(NAME + ": " + paths.get(0) + ": cannot read the file", null);
		}
		requireWritable(paths.get(1), out);
		PlanConverter converter = new PlanConverter(in.getParent());
		try {
			List<ModelDiagnostic> errors = converter.load(in, paths.get(0), inFormat);
			if (errors.isEmpty()) {
				errors = converter.write(out, outFormat);
			}
			if (!errors.isEmpty()) {
				for (ModelDiagnostic error : errors) {
					context.err().println(error.format());
				}
				context.err().println(NAME + ": " + paths.get(0) + " has " + errors.size()
						+ (errors.size() == 1 ? " error" : " errors") + "; nothing written");
				return ExitCode.FAILED;
			}
		} catch (IOException e) {
			throw CommandException.io(NAME + ": cannot convert " + paths.get(0) + " to " + paths.get(1) + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		}
		context.err().println(NAME + ": wrote " + paths.get(1));
		return ExitCode.OK;
	}

	private static List<String> parse(List<String> args) throws CommandException {
		List<String> paths = PathArguments.parse(NAME, args);
		if (paths.size() != 2) {
			throw CommandException.usage(NAME + ": expected IN and OUT, got " + paths.size()
					+ (paths.size() == 1 ? " path" : " paths"));
		}
		return paths;
	}

	/** @return the extension of a supported format, lower case */
	private String format(String argument, Path path) throws CommandException {
		if (formats.forFile(path).isEmpty()) {
			throw CommandException.usage(NAME + ": " + argument + ": unknown file type (convert reads and writes "
					+ formats.describe() + ")");
		}
		return formats.forFile(path).get().extension();
	}

	private static void requireWritable(String argument, Path out) throws CommandException {
		if (Files.isDirectory(out)) {
			throw CommandException.io(NAME + ": " + argument + ": is a folder, not a file", null);
		}
		Path folder = out.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw CommandException.io(NAME + ": " + argument + ": the folder " + folder + " does not exist", null);
		}
		if (!Files.isWritable(folder) || Files.exists(out) && !Files.isWritable(out)) {
			throw CommandException.io(NAME + ": " + argument + ": cannot write there (permission denied)", null);
		}
	}
}
