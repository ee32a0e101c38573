package org.veikart.cli.template;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.dsl.edit.ChangeEdits;
import org.veikart.model.PlanElement;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.templates.PlanText;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.instantiate.Insertion;
import org.veikart.templates.instantiate.Instantiator;
import org.veikart.templates.instantiate.Slots;

/**
 * {@code template apply --template ID --into PLAN --at ELEMENT-ID [--as LEVEL] [--param ...]}: inserts a
 * content template into a plan. The plan must be free of errors before, and its new text is checked
 * before it replaces the file (atomically, previous version kept as PLAN.bak).
 */
final class ApplyAction implements TemplateAction {

	private static final String COMMAND = "template apply";

	@Override
	public String name() {
		return "apply";
	}

	@Override
	public String usage() {
		return """
				veikart template apply --template ID --into PLAN.plan [--at ELEMENT-ID] [--as LEVEL]
				                       [--version V] [--param NAME=VALUE ...] [--library DIR]
				  Inserts a template into the element ELEMENT-ID of PLAN (default: the plan
				  itself). LEVEL re-kinds the template's top elements, in the plan's own words
				  (e.g. "hovedmål", "innsatsområde") or as main-goal, focus-area, strategy,
				  measure; without it a theme becomes whatever the element can hold. If the
				  template does not fit there, the error says where it can go.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException, TemplateException {
		Options options = Options.parse(COMMAND, args, Set.of("--template", "--version", "--param", "--into", "--at", "--as", "--library"),
				Set.of("--param"), Set.of());
		if (!options.operands().isEmpty()) {
			throw CommandException.usage(COMMAND + ": unexpected argument '" + options.operands().get(0) + "'");
		}
		String into = options.required(COMMAND, "--into");
		Template template = Libraries.open(COMMAND, context, options.value("--library"))
				.require(options.required(COMMAND, "--template"), options.value("--version"));
		PlanFiles.Loaded loaded = PlanFiles.load(COMMAND, context, into);
		if (!loaded.errors().isEmpty()) {
			return TemplateCommand.planErrors(context, COMMAND, into, loaded.errors());
		}
		java.util.Optional<ChangeEdits> snapshot = ChangeEdits.snapshot(loaded.plan());
		Insertion insertion = new Instantiator().insert(template, options.params(COMMAND), loaded.plan(), options.value("--at"),
				options.value("--as"));
		try {
			java.util.Optional<String> minimal = snapshot.flatMap(s -> s.text(loaded.file()));
			String text = minimal.isPresent() ? minimal.get() : PlanText.serialize(loaded.plan());
			if (minimal.isEmpty()) {
				context.err().println(COMMAND + ": note: the additions could not be inserted into the existing text;"
						+ " the whole plan is written anew (clause order and layout may change): " + snapshot.map(ChangeEdits::problem).orElse("not parsed from text"));
			}
			List<ModelDiagnostic> errors = PlanFiles.check(loaded.file(), into, text);
			if (!errors.isEmpty()) {
				return TemplateCommand.planErrors(context, COMMAND, into, errors);
			}
			PlanFiles.write(loaded.file(), text);
		} catch (IOException e) {
			throw CommandException.io(COMMAND + ": cannot write " + into + ": " + e.getMessage(), e);
		}
		for (PlanElement element : insertion.all()) {
			context.out().println("added " + Slots.describe(element) + " \"" + element.getTitle() + "\" (template element "
					+ element.getOrigin().getElementId() + ")");
		}
		String where = insertion.placed().isEmpty()
				? insertion.container() == loaded.plan() ? "the indicators of plan " + loaded.plan().getId()
						: "the indicators of plan " + loaded.plan().getId() + ", measuring " + Slots.describe(insertion.container())
								+ " (measured-by)"
				: Slots.describe(insertion.container());
		context.err().println(COMMAND + ": inserted " + template.id() + " version " + template.version() + " into "
				+ where + " of " + into + "; previous version kept as " + into + ".bak");
		return ExitCode.OK;
	}
}
