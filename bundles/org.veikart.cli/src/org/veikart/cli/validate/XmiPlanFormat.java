package org.veikart.cli.validate;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.io.PlanResources;

/** Plans stored as XMI ({@code .xmi}), loaded with the model's hardened {@link PlanResources}. */
final class XmiPlanFormat implements PlanFormat {

    @Override
    public String extension() {
        return "xmi";
    }

    @Override
    public Resource load(ResourceSet resourceSet, Path file) throws IOException {
        return PlanResources.load(resourceSet, file);
    }
}
