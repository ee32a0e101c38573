package org.veikart.templates.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanIssues;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;

/** Shared inputs of the template tests: the repository's examples and sample parameter values. */
final class Fixtures {

	/** Values for every parameter the starter templates declare. */
	static final Map<String, String> SAMPLE = Map.of("kommune", "Testby", "periode.start", "2026", "periode.slutt", "2030");

	private Fixtures() {
	}

	static Path root() {
		return Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize();
	}

	static Path examples() {
		return root().resolve("examples");
	}

	/** @return the example plan files (actors.plan excluded) */
	static List<Path> examplePlans() {
		return PlanWorkspace.planFiles(examples()).stream().filter(f -> !f.getFileName().toString().equals("actors.plan"))
				.filter(f -> f.getParent().equals(examples())).toList();
	}

	/** Copies the example .plan files (not sources/) into {@code folder}. */
	static Path copyExamples(Path folder) {
		try (Stream<Path> files = Files.list(examples())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the plan of {@code file} in a resource set holding every .plan file of its folder */
	static Plan load(Path file) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet set = workspace.loadFolder(file.getParent());
		return (Plan) set.getResource(org.veikart.model.io.PlanResources.fileUri(file), false).getContents().get(0);
	}

	/** @return the errors of {@code file} when its folder is loaded afresh (parser, linker, DSL validator, model checker) */
	static List<ModelDiagnostic> errors(Path file) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet set = workspace.loadFolder(file.getParent());
		Resource resource = set.getResource(org.veikart.model.io.PlanResources.fileUri(file), false);
		return ModelChecker.errors(PlanIssues.toDiagnostics(workspace.validate(resource), file.toString()));
	}
}
