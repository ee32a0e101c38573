package org.veikart.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.model.io.AtomicFileWriter;

/**
 * Writes a plan as plan-language text, the way {@code veikart convert} does: Xtext's serializer with the
 * formatter, then {@link AtomicFileWriter} (the file is replaced atomically and the previous version
 * kept as {@code FILE.bak}). What is kept: for a plan parsed from a file the serializer reuses the
 * parsed text's hidden tokens, so comments (the file's header comment, comments inside elements) stay
 * with the elements that still exist. What changes: the clauses inside an element come out in the
 * serializer's canonical order (e.g. {@code source} and {@code note} after the other clauses), new
 * elements get the formatter's layout, and the formatter re-indents the file.
 */
public final class PlanText {

	private PlanText() {
	}

	/**
	 * @param plan a plan (or actor registry) in a resource of the plan language
	 * @return its text
	 * @throws IOException when the serializer refuses the model (e.g. a required value is missing)
	 */
	public static String serialize(EObject plan) throws IOException {
		try {
			return PlanStandaloneSetup.doSetup().getInstance(ISerializer.class)
					.serialize(plan, SaveOptions.newBuilder().format().getOptions());
		} catch (RuntimeException e) {
			throw new IOException("the plan cannot be written as text: " + e.getMessage(), e);
		}
	}

	/** Serializes {@code plan} and writes it to {@code file} atomically, keeping a backup. */
	public static void write(EObject plan, Path file) throws IOException {
		new AtomicFileWriter().write(file, serialize(plan).getBytes(StandardCharsets.UTF_8));
	}
}
