package org.veikart.cli.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.edit.FeatureEdits;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.generator.csv.CsvChange;
import org.veikart.model.check.ModelCheckException;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.AtomicFileWriter;
import org.veikart.model.io.PlanResources;

/**
 * Writes a plan through the existing save paths: {@code .plan} with the plan language's serializer
 * (for a resource parsed from text, without reformatting, so untouched text and comments are kept
 * where the serializer can) and {@link AtomicFileWriter}; {@code .xmi} with {@link PlanResources#save}
 * (elements without id get one, as {@code convert} does; checked, atomic, previous version kept as
 * {@code .bak}). Either the complete file is written or the old one is left; for XMI the model
 * checker's errors stop the write.
 */
final class PlanFileWriter {

	private PlanFileWriter() {
	}

	/**
	 * Saves a plan changed by a CSV import: a {@code .plan} file by {@link FeatureEdits} where the
	 * changes allow it (the rest of the file stays as it was), otherwise as {@link #save}.
	 */
	static List<ModelDiagnostic> save(Resource resource, Path file, List<CsvChange> changes, java.io.PrintStream notes)
			throws IOException {
		if (file.getFileName().toString().endsWith("." + PlanWorkspace.EXTENSION)) {
			java.util.Optional<String> edited = FeatureEdits.apply(resource,
					changes.stream().map(c -> new FeatureEdits.Change(c.element(), c.feature(), c.newValue())).toList());
			if (edited.isPresent()) {
				new AtomicFileWriter().write(file, edited.get().getBytes(StandardCharsets.UTF_8));
				resource.setModified(false);
				return List.of();
			}
			notes.println("note: the changes cannot all be written as small text edits; " + file.getFileName()
					+ " is written whole by the plan language's serializer, so its layout may change");
		}
		return save(resource, file);
	}

	/**
	 * @param resource a resource holding the plan, with the URI of {@code file}, in a set where its references resolve
	 * @return the model checker's errors (nothing written then), or an empty list when written
	 */
	static List<ModelDiagnostic> save(Resource resource, Path file) throws IOException {
		if (!file.getFileName().toString().endsWith("." + PlanWorkspace.EXTENSION)) {
			ElementIds.ensureIds(resource); // as convert does: XMI needs an id on every element
			try {
				PlanResources.save(resource, file);
				return List.of();
			} catch (ModelCheckException e) {
				return ModelChecker.errors(e.diagnostics());
			}
		}
		// the plan language allows elements without id (relations, prose); its serializer refuses what it cannot write
		EObject root = resource.getContents().get(0);
		SaveOptions.Builder options = SaveOptions.newBuilder();
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			options.format(); // a new model has no layout to keep: use the canonical one
		}
		String text;
		try {
			text = PlanStandaloneSetup.doSetup().getInstance(ISerializer.class).serialize(root, options.getOptions());
		} catch (RuntimeException e) {
			throw new IOException("the plan cannot be written as text: " + e.getMessage(), e);
		}
		new AtomicFileWriter().write(file, text.getBytes(StandardCharsets.UTF_8));
		resource.setModified(false);
		return List.of();
	}
}
