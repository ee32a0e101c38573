package org.veikart.cli.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanIssues;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.check.ModelCheckException;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.check.Severity;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.AtomicFileWriter;
import org.veikart.model.io.HardenedXmiResource;
import org.veikart.model.io.ModelLoadException;
import org.veikart.model.io.PlanResources;

/**
 * Converts one plan through the model. Used once: {@link #load} the input, then {@link #write} the
 * output.
 * <ul>
 * <li>Reading {@code .plan}: the file is parsed together with the other {@code .plan} files of its
 * folder and below ({@link PlanWorkspace#planFiles}, so shared actors and other plans resolve); its
 * parse, link and validation errors are returned and stop the conversion. Reading {@code .xmi}: the
 * hardened XMI load and the model checker; the files it refers to load as needed into the same
 * hardened resource set ({@link PlanWorkspace#newResourceSet()}: local files only, {@code .plan} or
 * hardened XMI), so a remote reference is reported as unresolved, never fetched.</li>
 * <li>Writing {@code .xmi}: elements without an id get one ({@link ElementIds#ensureIds}), then
 * {@link PlanResources#save} (checked, atomic). Writing {@code .plan}: Xtext's serializer with the
 * formatter, written with {@link AtomicFileWriter}.</li>
 * </ul>
 * Either way the output is complete or not written at all.
 */
final class PlanConverter {

	private final PlanWorkspace workspace = PlanWorkspace.create();
	private final XtextResourceSet resourceSet = workspace.newResourceSet();
	private final Path folder;
	private EObject root;

	/** @param folder the input's folder, whose {@code .plan} files are loaded for references */
	PlanConverter(Path folder) {
		this.folder = folder;
	}

	/**
	 * @param display the input's name in messages (as the user typed it)
	 * @return the input's errors (empty when the plan can be converted)
	 */
	List<ModelDiagnostic> load(Path in, String display, String format) throws IOException {
		Resource resource;
		List<ModelDiagnostic> errors;
		if (PlanWorkspace.EXTENSION.equals(format)) {
			loadPlanFilesOfFolder(in);
			resource = workspace.load(resourceSet, in);
			EcoreUtil.resolveAll(resourceSet);
			errors = planErrors(resource, display);
		} else {
			try {
				// the .plan files it refers to load on demand, by their relative URIs; no others, so
				// that the plan it was converted from cannot meet it as a duplicate
				resource = PlanResources.load(resourceSet, in);
			} catch (ModelLoadException e) {
				if (ModelIssueCodes.LOAD_IO_ERROR.equals(e.diagnostic().code())) {
					throw e;
				}
				return List.of(e.diagnostic());
			}
			EcoreUtil.resolveAll(resource);
			errors = ModelChecker.errors(new ModelChecker().check(resource));
		}
		if (errors.isEmpty() && resource.getContents().isEmpty()) {
			errors = List.of(new ModelDiagnostic(Severity.ERROR, ModelIssueCodes.LOAD_IO_ERROR,
					"the file contains no plan", display, 0, 0, null));
		}
		root = errors.isEmpty() ? resource.getContents().get(0) : null;
		return errors;
	}

	/** @return errors that prevent writing (e.g. the model checker's for XMI); empty when written */
	List<ModelDiagnostic> write(Path out, String format) throws IOException {
		URI uri = PlanResources.fileUri(out);
		EObject copy = EcoreUtil.copy(root);
		Resource previous = resourceSet.getResource(uri, false);
		if (previous != null) {
			resourceSet.getResources().remove(previous); // e.g. OUT is a .plan file next to IN
		}
		if (PlanWorkspace.EXTENSION.equals(format)) {
			Resource resource = resourceSet.createResource(uri);
			resource.getContents().add(copy);
			String text;
			try {
				text = PlanStandaloneSetup.doSetup().getInstance(ISerializer.class)
						.serialize(copy, SaveOptions.newBuilder().format().getOptions());
			} catch (RuntimeException e) {
				throw new IOException("the plan cannot be written as text: " + e.getMessage(), e);
			}
			new AtomicFileWriter().write(out, text.getBytes(StandardCharsets.UTF_8));
			return List.of();
		}
		// a resource set of its own: the copy must not meet the ids of the plan it was copied from
		Resource resource = new HardenedXmiResource(uri);
		PlanResources.newResourceSet().getResources().add(resource);
		resource.getContents().add(copy);
		ElementIds.ensureIds(resource);
		try {
			PlanResources.save(resource, out);
		} catch (ModelCheckException e) {
			return ModelChecker.errors(e.diagnostics());
		}
		return List.of();
	}

	private void loadPlanFilesOfFolder(Path in) {
		List<Path> files;
		try {
			files = PlanWorkspace.planFiles(folder);
		} catch (UncheckedIOException e) {
			return; // the folder cannot be listed: convert the file on its own
		}
		for (Path file : files) {
			if (!file.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
				try {
					workspace.load(resourceSet, file);
				} catch (RuntimeException e) {
					// an unreadable neighbour only matters if the plan refers to it; then linking says so
				}
			}
		}
	}

	private List<ModelDiagnostic> planErrors(Resource resource, String display) {
		return ModelChecker.errors(PlanIssues.toDiagnostics(workspace.validate(resource), display));
	}
}
