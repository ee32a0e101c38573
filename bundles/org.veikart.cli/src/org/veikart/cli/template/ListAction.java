package org.veikart.cli.template;

import java.util.List;
import java.util.Set;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.TemplateParameter;

/** {@code template list [--library DIR]}: id, newest version (and older ones), kind, title, parameters. */
final class ListAction implements TemplateAction {

	private static final String COMMAND = "template list";

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String usage() {
		return """
				veikart template list [--library DIR]
				  Lists the templates: id, versions, kind, title, description and parameters
				  (name, description, default).""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException, TemplateException {
		Options options = Options.parse(COMMAND, args, Set.of("--library"), Set.of(), Set.of());
		if (!options.operands().isEmpty()) {
			throw CommandException.usage(COMMAND + ": unexpected argument '" + options.operands().get(0) + "'");
		}
		TemplateLibrary library = Libraries.open(COMMAND, context, options.value("--library"));
		for (Template template : library.latest()) {
			List<String> versions = library.versions(template.id()).stream().map(Template::version).toList();
			context.out().println(template.id() + "  version " + String.join(", ", versions) + "  " + template.kind().keyword()
					+ "  " + template.title());
			if (!template.description().isEmpty()) {
				context.out().println("    " + template.description());
			}
			for (TemplateParameter parameter : template.parameters()) {
				context.out().println("    --param " + parameter.name() + "=...  " + parameter.description()
						+ (parameter.required() ? " (required)" : " (default \"" + parameter.defaultValue() + "\")"));
			}
		}
		context.err().println(COMMAND + ": " + library.latest().size() + " templates in the " + library.location());
		return ExitCode.OK;
	}
}
