package org.veikart.cli;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.io.PlanResources;
import org.veikart.sdg.Sdgs;

/**
 * The resource set a command loads plans into: the model's hardened plan resource set with the SDG
 * catalogue installed, so references such as {@code veikart:/sdg/2020#sdg-8.2} resolve.
 * One per command run, so plans that reference each other resolve to the same objects.
 */
public final class PlanResourceSets {

    private PlanResourceSets() {
    }

    /** @return a new resource set ready for loading plans */
    public static ResourceSet create() {
        ResourceSet resourceSet = PlanResources.newResourceSet();
        Sdgs.install(resourceSet);
        return resourceSet;
    }
}
