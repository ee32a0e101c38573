package org.veikart.cli.validate;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * One file format that holds plans, recognised by its file extension. The XMI format is the
 * first; the DSL adds {@code .plan} by adding an implementation to {@link PlanFormats#standard()}.
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
}
