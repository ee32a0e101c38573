package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;

/**
 * The seed examples of {@code <veikart.root>/examples}, loaded once into one resource set with the
 * plan language (cross-file references resolved), as the command line loads them.
 */
final class Examples {

    static final Path FOLDER = Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize()
            .resolve("examples");

    private static XtextResourceSet resourceSet;

    private Examples() {
    }

    /** @return the example files that hold a plan (actors.plan holds only an actor registry) */
    static List<Path> planFiles() {
        List<Path> files = PlanWorkspace.planFiles(FOLDER).stream().filter(file -> plan(file) != null).toList();
        assertFalse(files.isEmpty(), "no example plans in " + FOLDER);
        return files;
    }

    /** @return the plan of an example file, or null if the file holds no plan */
    static synchronized Plan plan(Path file) {
        if (resourceSet == null) {
            resourceSet = PlanWorkspace.create().loadFolder(FOLDER);
        }
        Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
        return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Plan plan
                ? plan : null;
    }

    /** @return the plan of {@code examples/<name>.plan} */
    static Plan plan(String name) {
        return plan(FOLDER.resolve(name + ".plan"));
    }

    /** @return a copy of an example plan in a resource of its own (free to modify) */
    static Plan copy(String name) {
        Plan copy = EcoreUtil.copy(plan(name));
        // in the examples' resource set, so references to the other examples (actors, indicators) still resolve
        Resource resource = resourceSet.createResource(URI.createURI("memory:/copy-" + System.nanoTime() + ".xmi"));
        resource.getContents().add(copy);
        return copy;
    }
}
