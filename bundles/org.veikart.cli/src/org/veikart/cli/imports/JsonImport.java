package org.veikart.cli.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.generator.ElementIdentity;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportException;
import org.veikart.generator.ImportProblem;
import org.veikart.generator.json.JsonImporter;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.io.PlanResources;

/**
 * {@code import IN.json OUT}: reads a Veikart JSON document and writes it as a new {@code .plan} or
 * {@code .xmi} file. Ids that the document does not define resolve against the {@code .plan} files
 * beside OUT (OUT itself excluded), the folder where the plan is going to live.
 */
final class JsonImport {

	private JsonImport() {
	}

	static int run(String name, String inArgument, String outArgument, boolean dryRun, CommandContext context)
			throws CommandException {
		Path in = context.resolve(inArgument);
		Path out = context.resolve(outArgument);
		ImportCommand.requireReadable(name, inArgument, in);
		ImportCommand.requireWritableFile(name, outArgument, out);
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet resourceSet = workspace.newResourceSet();
		// ids and links resolve against the plans beside the output
		workspace.loadContext(resourceSet, out);
		EcoreUtil.resolveAll(resourceSet);
		EObject root;
		IdIndex neighbours = IdIndex.of(resourceSet.getResources());
		try (InputStream stream = Files.newInputStream(in)) {
			root = new JsonImporter(neighbours).read(stream, inArgument);
			requireNewIds(root, neighbours, inArgument);
		} catch (ImportException e) {
			for (ImportProblem problem : e.problems()) {
				context.out().println(problem.format());
			}
			context.err().println(name + ": " + inArgument + " has " + e.problems().size()
					+ (e.problems().size() == 1 ? " problem" : " problems") + "; nothing written");
			return ExitCode.FAILED;
		} catch (IOException e) {
			throw CommandException.io(name + ": " + inArgument + ": cannot read the file: " + e.getMessage(), e);
		}
		if (dryRun) {
			context.err().println(name + ": " + inArgument + " is valid; would write " + outArgument + " (dry run, nothing written)");
			return ExitCode.OK;
		}
		Resource previous = resourceSet.getResource(PlanResources.fileUri(out), false);
		if (previous != null) {
			resourceSet.getResources().remove(previous);
		}
		Resource resource = resourceSet.createResource(PlanResources.fileUri(out));
		resource.getContents().add(root);
		try {
			List<ModelDiagnostic> errors = PlanFileWriter.save(resource, out);
			if (!errors.isEmpty()) {
				errors.forEach(error -> context.out().println(error.format()));
				context.err().println(name + ": the imported plan has errors; nothing written");
				return ExitCode.FAILED;
			}
		} catch (IOException e) {
			throw CommandException.io(name + ": cannot write " + outArgument + ": " + e.getMessage(), e);
		}
		context.err().println(name + ": wrote " + outArgument);
		return ExitCode.OK;
	}

	/**
	 * The plan must not reuse ids of the files beside OUT (e.g. the plan it was exported from):
	 * loading the folder would then meet every element twice.
	 */
	private static void requireNewIds(EObject root, IdIndex neighbours, String file) throws ImportException {
		List<ImportProblem> problems = new ArrayList<>();
		for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext() && problems.size() < 10;) {
			EObject element = it.next();
			String id = ElementIdentity.idOf(element);
			EObject existing = id == null ? null : neighbours.find(id);
			if (existing != null && existing.eResource() != null) {
				problems.add(new ImportProblem(file, 0, 0, "the id \"" + id + "\" is already used in "
						+ existing.eResource().getURI().lastSegment() + " beside the output; import into another folder"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
	}
}
