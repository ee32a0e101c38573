package org.veikart.cli.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.dsl.edit.ChangeEdits;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.templates.PlanText;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.update.TemplateUpdater;
import org.veikart.templates.update.UpdateReport;

/**
 * {@code template update PLAN... [--dry-run]}: merges newer template versions into each plan (3-way,
 * see {@link TemplateUpdater}) and reports per plan what changed upstream, what was changed locally
 * and the conflicts. A plan is written (atomically, PLAN.bak kept) only when the update changed it,
 * its new text validates, and {@code --dry-run} was not given. Exit 1 when any plan has conflicts or
 * errors.
 */
final class UpdateAction implements TemplateAction {

	private static final String COMMAND = "template update";

	@Override
	public String name() {
		return "update";
	}

	@Override
	public String usage() {
		return """
				veikart template update PLAN.plan... [--dry-run] [--template ID] [--to V]
				                        [--param NAME=VALUE ...] [--format text|json] [--library DIR]
				  Merges the newest (or --to) version of each template a plan was made from:
				  changes made only upstream are applied, local changes are kept, elements added
				  upstream are inserted, elements removed upstream are removed if unchanged here.
				  Where both changed, the local value is kept and a conflict is reported (exit 1);
				  nothing is overwritten silently. --dry-run reports without writing. Parameter
				  values are recovered from the plan; --param overrides them.""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws CommandException, TemplateException {
		Options options = Options.parse(COMMAND, args, Set.of("--template", "--to", "--param", "--format", "--library"),
				Set.of("--param"), Set.of("--dry-run"));
		if (options.operands().isEmpty()) {
			throw CommandException.usage(COMMAND + ": expected at least one PLAN.plan");
		}
		String format = options.value("--format") == null ? "text" : options.value("--format");
		if (!format.equals("text") && !format.equals("json")) {
			throw CommandException.usage(COMMAND + ": --format must be text or json, not " + format);
		}
		TemplateLibrary library = Libraries.open(COMMAND, context, options.value("--library"));
		if (options.value("--template") != null) {
			try {
				library.require(options.value("--template"), options.value("--to"));
			} catch (TemplateException e) {
				throw CommandException.usage(COMMAND + ": " + e.problems().get(0).message());
			}
		}
		TemplateUpdater updater = new TemplateUpdater(library);
		List<UpdateReportJson.PlanReport> reports = new ArrayList<>();
		int exit = ExitCode.OK;
		for (String argument : options.operands()) {
			PlanFiles.Loaded loaded = PlanFiles.load(COMMAND, context, argument);
			if (!loaded.errors().isEmpty()) {
				exit = TemplateCommand.planErrors(context, COMMAND, argument, loaded.errors());
				continue;
			}
			java.util.Optional<ChangeEdits> snapshot = ChangeEdits.snapshot(loaded.plan());
			UpdateReport report = updater.update(loaded.plan(), options.params(COMMAND), options.value("--template"), options.value("--to"));
			boolean written = !options.flag("--dry-run") && report.changesPlan() && write(context, loaded, snapshot);
			if (report.conflicts() > 0 || report.changesPlan() && !options.flag("--dry-run") && !written) {
				exit = ExitCode.FAILED;
			}
			reports.add(new UpdateReportJson.PlanReport(argument, report, written));
			if (format.equals("text")) {
				UpdateReportText.print(context.out(), argument, report, written || !report.changesPlan(), options.value("--to"));
			}
		}
		if (format.equals("json")) {
			try {
				UpdateReportJson.write(context.out(), reports);
			} catch (IOException e) {
				throw CommandException.io(COMMAND + ": cannot write the report: " + e.getMessage(), e);
			}
		}
		long conflicts = reports.stream().mapToLong(r -> r.report().conflicts()).sum();
		context.err().println(COMMAND + ": " + reports.size() + (reports.size() == 1 ? " plan, " : " plans, ") + conflicts
				+ (conflicts == 1 ? " conflict" : " conflicts") + (options.flag("--dry-run") ? " (dry run: nothing written)" : ""));
		return exit;
	}

	private static boolean write(CommandContext context, PlanFiles.Loaded loaded, java.util.Optional<ChangeEdits> snapshot)
			throws CommandException {
		try {
			java.util.Optional<String> minimal = snapshot.flatMap(s -> s.text(loaded.file()));
			String text = minimal.isPresent() ? minimal.get() : PlanText.serialize(loaded.plan());
			if (minimal.isEmpty()) {
				context.err().println(COMMAND + ": note: " + loaded.display() + ": the changes could not be made as edits of the"
						+ " existing text; the whole plan is written anew (clause order and layout may change): " + snapshot.map(ChangeEdits::problem).orElse("not parsed from text"));
			}
			List<ModelDiagnostic> errors = PlanFiles.check(loaded.file(), loaded.display(), text);
			if (!errors.isEmpty()) {
				TemplateCommand.planErrors(context, COMMAND, loaded.display(), errors);
				return false;
			}
			PlanFiles.write(loaded.file(), text);
			return true;
		} catch (IOException e) {
			throw CommandException.io(COMMAND + ": cannot write " + loaded.display() + ": " + e.getMessage(), e);
		}
	}
}
