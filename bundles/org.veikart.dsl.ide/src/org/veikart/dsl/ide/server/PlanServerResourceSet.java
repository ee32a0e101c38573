package org.veikart.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanResourceSets;

/**
 * The resource sets of the language server: {@code .plan} resources come from the IDE injector's
 * factory, whatever EMF's global registry holds. Parser, formatter and the other services then use
 * one and the same grammar instance (each injector loads its own, and the formatter recognises
 * grammar elements by identity), also when the runtime language is set up in the same JVM.
 * Hardened like every plan resource set ({@link PlanResourceSets}): local files only, no foreign
 * packages, never EMF's global registries.
 */
public class PlanServerResourceSet extends XtextResourceSet {

	public PlanServerResourceSet() {
		PlanResourceSets.harden(this, PlanLanguages.ideInjector().getInstance(IResourceFactory.class));
	}
}
