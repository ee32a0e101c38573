package org.veikart.cli.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.dsl.workspace.PlanIssues;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.io.AtomicFileWriter;
import org.veikart.model.io.PlanResources;

/**
 * Reading and writing the {@code .plan} files the template and diff commands work on. A plan is read
 * together with the other {@code .plan} files of its folder (shared actors, other plans), like
 * {@code validate} does; a changed plan is written only after its new text has been parsed and
 * validated in that same context, atomically and with a {@code .bak} backup
 * ({@link AtomicFileWriter}).
 */
public final class PlanFiles {

	/**
	 * A plan read from a file.
	 *
	 * @param file    the absolute path
	 * @param display the path as the user typed it
	 * @param plan    the plan (in {@code resourceSet})
	 * @param errors  its parse, link and validation errors
	 */
	public record Loaded(Path file, String display, Plan plan, List<ModelDiagnostic> errors) {
	}

	private PlanFiles() {
	}

	/**
	 * @throws CommandException (I/O, exit 2) if the file is missing, unreadable, not {@code .plan} or not a plan
	 */
	public static Loaded load(String command, CommandContext context, String argument) throws CommandException {
		Path file = context.resolve(argument);
		if (!argument.endsWith("." + PlanWorkspace.EXTENSION)) {
			throw CommandException.usage(command + ": " + argument + ": expected a .plan file");
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw CommandException.io(command + ": " + argument + ": no such file or not readable", null);
		}
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet set = workspace.newResourceSet();
		workspace.loadContext(set, file);
		Resource resource = workspace.load(set, file);
		EcoreUtil.resolveAll(set);
		List<ModelDiagnostic> errors = ModelChecker.errors(PlanIssues.toDiagnostics(workspace.validate(resource), argument));
		if (errors.isEmpty() && (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan))) {
			throw CommandException.io(command + ": " + argument + ": holds no plan", null);
		}
		Plan plan = resource.getContents().isEmpty() ? null : resource.getContents().get(0) instanceof Plan p ? p : null;
		return new Loaded(file, argument, plan, errors);
	}

	/**
	 * Parses {@code text} as the new content of {@code file} among its folder's other plan files.
	 *
	 * @return its errors (empty when it may be written)
	 */
	public static List<ModelDiagnostic> check(Path file, String display, String text) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet set = workspace.newResourceSet();
		workspace.loadContext(set, file);
		Resource resource = workspace.parse(set, PlanResources.fileUri(file), text);
		EcoreUtil.resolveAll(set);
		return ModelChecker.errors(PlanIssues.toDiagnostics(workspace.validate(resource), display));
	}

	/** Writes {@code text} to {@code file} atomically, keeping the previous version as {@code FILE.bak}. */
	public static void write(Path file, String text) throws IOException {
		new AtomicFileWriter().write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** @return the URI a plan's resource gets for {@code file} */
	public static URI uri(Path file) {
		return PlanResources.fileUri(file);
	}
}
