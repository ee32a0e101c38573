package org.veikart.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanWorkspace;

/**
 * The resource sets of the language server: {@code .plan} resources come from the IDE injector's
 * factory, whatever EMF's global registry holds. Parser, formatter and the other services then use
 * one and the same grammar instance (each injector loads its own, and the formatter recognises
 * grammar elements by identity), also when the runtime language is set up in the same JVM.
 */
public class PlanServerResourceSet extends XtextResourceSet {

	public PlanServerResourceSet() {
		getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanWorkspace.EXTENSION,
				PlanLanguages.ideInjector().getInstance(IResourceFactory.class));
	}
}
