package org.veikart.cli.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;
import org.veikart.model.io.PlanResources;

import com.google.inject.Injector;

/**
 * Plans written in the plan language ({@code .plan}). Loading parses the file into the run's resource
 * set (it never fails for bad content: syntax errors are findings); checking reports the parser's,
 * the linker's and the language's validation findings (which include the model checker's), each with
 * the file's line and 1-based column.
 */
final class DslPlanFormat implements PlanFormat {

	/** Code of findings that Xtext reports without one (none expected; the record needs a code). */
	static final String UNCODED = "veikart.dsl.problem";

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
		Injector injector = PlanStandaloneSetup.doSetup();
		// created directly: the run's hardened resource set only creates XMI resources itself
		Resource resource = injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
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
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		String file = resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
		for (Issue issue : PlanWorkspace.create().validate(resource)) {
			Severity severity = switch (issue.getSeverity()) {
				case ERROR -> Severity.ERROR;
				case WARNING -> Severity.WARNING;
				case INFO -> Severity.INFO;
				default -> null;
			};
			if (severity != null) {
				diagnostics.add(new ModelDiagnostic(severity, issue.getCode() == null ? UNCODED : issue.getCode(),
						issue.getMessage(), file, orZero(issue.getLineNumber()), orZero(issue.getColumn()), null));
			}
		}
		return diagnostics;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
