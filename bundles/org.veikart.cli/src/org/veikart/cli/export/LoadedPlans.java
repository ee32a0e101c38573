package org.veikart.cli.export;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.validate.PlanFile;
import org.veikart.cli.validate.PlanFileCollector;
import org.veikart.cli.validate.PlanFormats;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.check.Severity;
import org.veikart.model.io.ModelLoadException;

/**
 * Loads the plan files a command names (folders walked as for {@code validate}) into one hardened
 * resource set, with the other {@code .plan} files of their folders as context so cross-file
 * references resolve, and checks the named files. Guarantees: after {@link #load} either every named
 * file loaded without errors (roots available, references resolved) or the errors were printed as
 * {@code file:line:col: error: message} and {@link #hasErrors()} is true.
 */
public final class LoadedPlans {

	private final XtextResourceSet resourceSet = PlanWorkspace.create().newResourceSet();
	private final List<Resource> named = new ArrayList<>();
	private int errors;

	/**
	 * @param out where error diagnostics go
	 * @throws CommandException for a missing, unreadable or unknown path (exit 2)
	 */
	public static LoadedPlans load(String command, List<String> paths, CommandContext context, PrintStream out)
			throws CommandException {
		LoadedPlans plans = new LoadedPlans();
		List<PlanFile> files = new PlanFileCollector(PlanFormats.standard(), context).collect(command, paths);
		Progress progress = new Progress(context.err(), command, files.size(), "loaded");
		List<Object> loaded = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			loaded.add(plans.loadOne(command, files.get(i)));
			progress.done(i + 1);
		}
		PlanWorkspace.loadContext(files.stream().map(PlanFile::path)
				.filter(path -> path.toString().endsWith("." + PlanWorkspace.EXTENSION)).toList(),
				neighbour -> PlanFormats.standard().forFile(neighbour).orElseThrow().load(plans.resourceSet, neighbour));
		EcoreUtil.resolveAll(plans.resourceSet);
		for (int i = 0; i < files.size(); i++) {
			PlanFile file = files.get(i);
			List<ModelDiagnostic> diagnostics = loaded.get(i) instanceof Resource resource ? file.format().check(resource)
					: List.of((ModelDiagnostic) loaded.get(i));
			for (ModelDiagnostic diagnostic : diagnostics) {
				if (diagnostic.severity() == Severity.ERROR) {
					out.println(relocated(diagnostic, file).format());
					plans.errors++;
				}
			}
			if (loaded.get(i) instanceof Resource resource) {
				if (resource.getContents().isEmpty() && diagnostics.isEmpty()) {
					out.println(file.display() + ":1:1: error: the file contains no plan");
					plans.errors++;
				}
				plans.named.add(resource);
			}
		}
		return plans;
	}

	private Object loadOne(String command, PlanFile file) throws CommandException {
		try {
			return file.format().load(resourceSet, file.path());
		} catch (ModelLoadException e) {
			if (ModelIssueCodes.LOAD_IO_ERROR.equals(e.diagnostic().code())) {
				throw CommandException.io(command + ": " + file.display() + ": " + e.diagnostic().message(), e);
			}
			return e.diagnostic();
		} catch (IOException e) {
			throw CommandException.io(command + ": " + file.display() + ": cannot read the file: " + e.getMessage(), e);
		}
	}

	private static ModelDiagnostic relocated(ModelDiagnostic d, PlanFile file) {
		String where = d.file() == null || d.file().isBlank() || d.file().equals(file.path().toString()) ? file.display() : d.file();
		return new ModelDiagnostic(d.severity(), d.code(), d.message(), where, d.line(), d.column(), d.element());
	}

	public boolean hasErrors() {
		return errors > 0;
	}

	public int errorCount() {
		return errors;
	}

	/** @return the roots of the named files, in the order given */
	public List<EObject> roots() {
		return named.stream().filter(r -> !r.getContents().isEmpty()).map(r -> r.getContents().get(0)).toList();
	}

	/** @return every resource of the run (named files, context, SDG catalogue), for id lookups */
	public List<Resource> allResources() {
		return resourceSet.getResources();
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}
}
