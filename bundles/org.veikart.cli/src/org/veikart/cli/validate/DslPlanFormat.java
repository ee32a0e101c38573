package org.veikart.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.dsl.workspace.PlanIssues;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.io.PlanResources;

/**
 * Plans written in the plan language ({@code .plan}). Loading parses the file into the run's resource
 * set (it never fails for bad content: syntax errors are findings); checking reports the parser's,
 * the linker's and the language's validation findings (which include the model checker's), each with
 * the file's line and 1-based column.
 */
final class DslPlanFormat implements PlanFormat {

	@Override
	public String extension() {
		return PlanWorkspace.EXTENSION;
	}

	@Override
	public Resource load(ResourceSet resourceSet, Path file) throws IOException {
		URI uri = PlanResources.fileUri(file);
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null && existing.isLoaded()) {
			return existing;
		}
		if (existing != null) {
			resourceSet.getResources().remove(existing);
		}
		Resource resource = resourceSet.createResource(uri); // the run's set knows .plan (PlanResourceSets)
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			return resource;
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		}
	}

	@Override
	public List<ModelDiagnostic> check(Resource resource) {
		String file = resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
		return PlanIssues.toDiagnostics(PlanWorkspace.create().validate(resource), file);
	}
}
