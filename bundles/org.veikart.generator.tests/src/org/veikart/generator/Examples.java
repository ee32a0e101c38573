package org.veikart.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;

/**
 * The example plans of the repository ({@code <veikart.root>/examples/*.plan}), loaded once through the
 * plan language's workspace with every cross-file reference resolved. Read-only: tests copy before
 * they change anything.
 */
public final class Examples {

	private static XtextResourceSet resourceSet;

	private Examples() {
	}

	/** @return the examples folder; fails the test if it is missing */
	public static Path folder() {
		Path folder = Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize().resolve("examples");
		assertTrue(Files.isDirectory(folder), "no examples folder at " + folder + " (check veikart.root)");
		return folder;
	}

	/** @return the shared resource set with every example loaded and resolved, without errors */
	public static synchronized XtextResourceSet resourceSet() {
		if (resourceSet == null) {
			resourceSet = PlanWorkspace.create().loadFolder(folder());
			for (Resource resource : resourceSet.getResources()) {
				assertTrue(resource.getErrors().isEmpty(), resource.getURI() + ": " + resource.getErrors());
			}
		}
		return resourceSet;
	}

	/** @return the roots of the example files (plans and the actor registry) */
	public static List<EObject> roots() {
		List<EObject> roots = resourceSet().getResources().stream()
				.filter(r -> r.getURI().isFile() && !r.getContents().isEmpty())
				.map(r -> r.getContents().get(0)).toList();
		assertFalse(roots.isEmpty(), "no example plans");
		return roots;
	}

	/** @return the example plans */
	public static List<Plan> plans() {
		return roots().stream().filter(Plan.class::isInstance).map(Plan.class::cast).toList();
	}

	/** @return an index of every element of every example and the SDG catalogue */
	public static IdIndex index() {
		return IdIndex.of(resourceSet().getResources());
	}
}
