package org.veikart.cli.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.templates.TemplateException;

/**
 * {@code veikart template list|new|apply|update}: the template library from the command line (see
 * {@link org.veikart.templates.TemplateLibrary}). Template and placement problems are printed as
 * {@code file:line:col: error: message} on stderr with exit code 1; usage and I/O problems exit 2.
 */
public final class TemplateCommand implements Command {

	static final String NAME = "template";

	private final Map<String, TemplateAction> actions = new LinkedHashMap<>();

	public TemplateCommand() {
		for (TemplateAction action : List.of(new ListAction(), new NewAction(), new ApplyAction(), new UpdateAction())) {
			actions.put(action.name(), action);
		}
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return "List templates, make a plan from one, insert one into a plan, merge template updates";
	}

	@Override
	public String usage() {
		return "usage: veikart template list|new|apply|update ...\n\n"
				+ actions.values().stream().map(TemplateAction::usage).collect(Collectors.joining("\n\n"))
				+ """


						Templates are .plan files with a //@ header (id, version, kind, title,
						description, parameters); the starter library ships with Veikart, --library DIR
						reads a folder of your own (every version of a template stays there: an update
						merges from the version a plan was made from). Every element made from a
						template records its origin: template "ID" version "V" element "EID".

						Exit code: 0 done, 1 template or plan errors (file:line:col on stderr) or
						update conflicts, 2 usage or I/O problem.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException {
		if (args.isEmpty()) {
			throw CommandException.usage(NAME + ": expected list, new, apply or update");
		}
		TemplateAction action = actions.get(args.get(0));
		if (action == null) {
			throw CommandException.usage(NAME + ": unknown sub-command '" + args.get(0) + "' (expected list, new, apply or update)");
		}
		try {
			return action.run(args.subList(1, args.size()), context);
		} catch (TemplateException e) {
			for (ModelDiagnostic problem : e.problems()) {
				// a problem without a place in a file (e.g. an unknown template id) is not given a fake 0:0 location
				context.err().println(problem.line() > 0 ? problem.format()
						: NAME + " " + action.name() + ": " + problem.severity().label() + ": " + problem.message());
			}
			if (!action.name().equals("list")) {
				context.err().println(NAME + " " + action.name() + ": nothing written");
			}
			return ExitCode.FAILED;
		}
	}

	/** Prints a plan's errors and a summary; @return {@link ExitCode#FAILED} */
	static int planErrors(CommandContext context, String command, String display, List<ModelDiagnostic> errors) {
		errors.forEach(error -> context.err().println(error.format()));
		context.err().println(command + ": " + display + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
				+ "; nothing written");
		return ExitCode.FAILED;
	}
}
