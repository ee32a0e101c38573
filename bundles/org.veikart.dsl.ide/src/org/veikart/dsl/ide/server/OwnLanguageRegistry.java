package org.veikart.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.veikart.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The service registry seen by the IDE services: {@code .plan} maps to the services of this very
 * injector. Xtext's IDE services look up the services of a referenced file through this registry
 * (e.g. where go-to-definition lands, which rename strategy applies); EMF's global registry may hold
 * the runtime language instead, which has no IDE services and its own grammar instance.
 */
@Singleton
public class OwnLanguageRegistry implements Provider<IResourceServiceProvider.Registry> {

	@Inject
	private IResourceServiceProvider self;

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			ResourceServiceProviderRegistryImpl own = new ResourceServiceProviderRegistryImpl();
			own.getExtensionToFactoryMap().put(PlanWorkspace.EXTENSION, self);
			registry = own;
		}
		return registry;
	}
}
