package org.veikart.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.veikart.model.VeikartPackage;

import com.google.inject.Injector;

/**
 * Initializes the plan language without the Equinox extension registry (CLI, tests, language
 * server): registers the Veikart metamodel, the {@code .plan} resource factory and the language's
 * services in EMF's global registries, and returns the language's injector.
 * <p>
 * {@link #doSetup()} does this once per JVM and returns the same injector on every call.
 */
public class PlanStandaloneSetup extends PlanStandaloneSetupGenerated {

	private static Injector shared;

	/** @return the language's injector, creating it and registering the language on the first call */
	public static synchronized Injector doSetup() {
		if (shared == null) {
			shared = new PlanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return shared;
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// the grammar imports the metamodel by namespace URI; outside OSGi nothing else registers it
		EPackage.Registry.INSTANCE.putIfAbsent(VeikartPackage.eNS_URI, VeikartPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
