package org.veikart.cli.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;

/**
 * One file format that holds plans, recognised by its file extension. The XMI format is the
 * first, the plan language ({@code .plan}) the second; a new format is a new implementation in
 * {@link PlanFormats#standard()}.
 */
public interface PlanFormat {

    /** @return the file extension without the dot, lower case, e.g. "xmi" */
    String extension();

    /**
     * @param resourceSet the run's resource set (SDG catalogue installed)
     * @param file        an existing, readable file with this format's extension
     * @return the loaded resource, contained in {@code resourceSet}
     * @throws org.veikart.model.io.ModelLoadException if the content is not a valid plan (with file:line:col)
     * @throws IOException if the file cannot be read
     */
    Resource load(ResourceSet resourceSet, Path file) throws IOException;

    /**
     * Checks a resource this format loaded, after every file of the run is loaded (so references
     * between the files resolve).
     *
     * @return the findings, ordered by position; by default those of the {@link ModelChecker}
     */
    default List<ModelDiagnostic> check(Resource resource) {
        return new ModelChecker().check(resource);
    }
}
