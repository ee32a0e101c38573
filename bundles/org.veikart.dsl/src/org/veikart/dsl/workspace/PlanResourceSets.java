package org.veikart.dsl.workspace;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceFactory;
import org.veikart.model.io.PlanResources;
import org.veikart.sdg.Sdgs;

/**
 * The one way to set up a resource set for plans, in {@code .plan} and XMI form alike: hardened
 * exactly like {@link PlanResources#newResourceSet()} (only the Veikart and Ecore packages, only
 * local {@code file:} access, hardened XMI resources, never the global registries), plus the plan
 * language's resource factory for {@code .plan} files and the SDG catalogue. So references from an
 * XMI file to {@code .plan} files (and back) load with the same protection as the file itself.
 * {@link PlanWorkspace#newResourceSet()} and the language server's resource sets use it.
 */
public final class PlanResourceSets {

	private PlanResourceSets() {
	}

	/**
	 * @param planFactory the plan language's resource factory (of the injector the set belongs to)
	 * @return {@code resourceSet}, hardened, knowing {@code .plan}, with the SDG catalogue installed
	 */
	public static <T extends ResourceSet> T harden(T resourceSet, IResourceFactory planFactory) {
		PlanResources.harden(resourceSet);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanWorkspace.EXTENSION, planFactory);
		Sdgs.install(resourceSet);
		return resourceSet;
	}
}
