package org.veikart.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.sdg.SdgCode;
import org.veikart.sdg.Sdgs;

/**
 * The SDG goals (or targets) of the catalogue, named by number as the plan language writes them:
 * goal {@code 8}, target {@code 8.2} or {@code 8.a}. Lookups accept any spelling {@link SdgCode}
 * accepts ({@code 08}, {@code 8.A}). The objects come from the catalogue resource that
 * {@link Sdgs#install(ResourceSet)} adds to the plan's resource set, so references resolve to
 * {@code veikart:/sdg/2020#sdg-8.2} like those of plans loaded from XMI.
 */
final class SdgScope implements IScope {

	private final Resource catalogue;
	private final boolean targets;

	private SdgScope(Resource catalogue, boolean targets) {
		this.catalogue = catalogue;
		this.targets = targets;
	}

	/** @return the goals, or {@link IScope#NULLSCOPE} if the context is not in a resource set */
	static IScope goals(EObject context) {
		return create(context, false);
	}

	/** @return the targets, or {@link IScope#NULLSCOPE} if the context is not in a resource set */
	static IScope targets(EObject context) {
		return create(context, true);
	}

	private static IScope create(EObject context, boolean targets) {
		Resource resource = context.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		return resourceSet == null ? IScope.NULLSCOPE : new SdgScope(Sdgs.install(resourceSet), targets);
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		String reference = name.toString(".");
		if (!Sdgs.isValidReference(reference)) {
			return null;
		}
		SdgCode code = SdgCode.parse(reference);
		if (code.isTarget() != targets) {
			return null;
		}
		EObject element = catalogue.getEObject("sdg-" + code);
		return element == null ? null : describe(element);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		IEObjectDescription element = getSingleElement(name);
		return element == null ? List.of() : List.of(element);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		boolean fits = targets ? object instanceof SdgTarget : object instanceof SdgGoal;
		return fits && object.eResource() == catalogue ? describe(object) : null;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		IEObjectDescription element = getSingleElement(object);
		return element == null ? List.of() : List.of(element);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		List<IEObjectDescription> result = new ArrayList<>();
		for (EObject root : catalogue.getContents()) {
			if (root instanceof SdgCatalogue sdgCatalogue) {
				for (SdgGoal goal : sdgCatalogue.getGoals()) {
					if (targets) {
						goal.getTargets().forEach(target -> result.add(describe(target)));
					} else {
						result.add(describe(goal));
					}
				}
			}
		}
		return result;
	}

	private static IEObjectDescription describe(EObject element) {
		String text = element instanceof SdgTarget target ? target.getCode()
				: String.valueOf(((SdgGoal) element).getNumber());
		return EObjectDescription.create(QualifiedName.create(text.split("\\.")), element);
	}

	@Override
	public String toString() {
		return "SdgScope[" + (targets ? "targets" : "goals") + "]";
	}
}
