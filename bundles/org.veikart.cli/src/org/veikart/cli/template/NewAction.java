package org.veikart.cli.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.templates.PlanText;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.instantiate.Instantiation;
import org.veikart.templates.instantiate.Instantiator;

/**
 * {@code template new --template ID [--version V] [--param NAME=VALUE ...] --out FILE.plan}: a new plan
 * from a plan template, with new ids, checked among the plans of FILE's folder before it is written.
 * An existing FILE is never replaced.
 */
final class NewAction implements TemplateAction {

	private static final String COMMAND = "template new";

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String usage() {
		return """
				veikart template new --template ID [--version V] [--param NAME=VALUE ...] --out FILE.plan [--library DIR]
				  Makes a new plan from a plan template (kind plan), with new ids; parameters
				  without a value take their default. FILE must not exist yet.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException, TemplateException {
		Options options = Options.parse(COMMAND, args, Set.of("--template", "--version", "--param", "--out", "--library"),
				Set.of("--param"), Set.of());
		if (!options.operands().isEmpty()) {
			throw CommandException.usage(COMMAND + ": unexpected argument '" + options.operands().get(0) + "'");
		}
		String outArgument = options.required(COMMAND, "--out");
		Path out = context.resolve(outArgument);
		if (!outArgument.endsWith(".plan")) {
			throw CommandException.usage(COMMAND + ": --out " + outArgument + ": expected a .plan file");
		}
		if (Files.exists(out)) {
			throw CommandException.io(COMMAND + ": " + outArgument + " exists; choose a new file name (it is never replaced)", null);
		}
		if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
			throw CommandException.io(COMMAND + ": " + outArgument + ": the folder " + out.getParent() + " does not exist", null);
		}
		Template template = Libraries.open(COMMAND, context, options.value("--library"))
				.require(options.required(COMMAND, "--template"), options.value("--version"));
		Instantiation made = new Instantiator().newPlan(template, options.params(COMMAND));
		made.plan().eResource().setURI(PlanFiles.uri(out));
		try {
			String text = PlanText.serialize(made.plan());
			List<ModelDiagnostic> errors = PlanFiles.check(out, outArgument, text);
			if (!errors.isEmpty()) {
				return TemplateCommand.planErrors(context, COMMAND, outArgument, errors);
			}
			PlanFiles.write(out, text);
		} catch (IOException e) {
			throw CommandException.io(COMMAND + ": cannot write " + outArgument + ": " + e.getMessage(), e);
		}
		made.diagnostics().forEach(note -> context.err().println(note.format()));
		context.err().println(COMMAND + ": wrote " + outArgument + " (plan " + made.plan().getId() + " from template "
				+ template.id() + " version " + template.version() + ")");
		return ExitCode.OK;
	}
}
