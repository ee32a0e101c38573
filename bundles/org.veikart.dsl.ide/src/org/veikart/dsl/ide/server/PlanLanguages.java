package org.veikart.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.ide.PlanIdeSetup;
import org.veikart.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * The languages the language server knows: the plan language ({@code .plan}) with its IDE services.
 * The IDE injector is created once per JVM.
 */
public final class PlanLanguages {

	private static Injector ide;

	private PlanLanguages() {
	}

	/** @return the plan language's IDE injector (runtime and IDE bindings) */
	public static synchronized Injector ideInjector() {
		if (ide == null) {
			PlanStandaloneSetup.doSetup(); // the metamodel and the runtime language in EMF's registries
			// no EMF registration of the IDE injector: the server's resource sets use it directly
			// (PlanServerResourceSet), and the runtime language keeps the global .plan registration
			ide = new PlanIdeSetup().createInjector();
		}
		return ide;
	}

	/** @return a new registry mapping the {@code .plan} extension to the plan language's services */
	public static IResourceServiceProvider.Registry registry() {
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(PlanWorkspace.EXTENSION,
				ideInjector().getInstance(IResourceServiceProvider.class));
		return registry;
	}
}
