package org.veikart.templates.instantiate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Actor;
import org.veikart.model.Plan;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.sdg.Sdgs;

/**
 * Re-targets references from copied template elements into the target's resource set. SDG goals and
 * targets go to the same goal or target (by id) of the target's SDG catalogue. References to the
 * template's own actors ("Ungt Entreprenørskap")
 * onto the target's actors: an actor of the target's resource set with the same name or alias (any
 * case) if there is one (a plan's actors or a shared actors file), otherwise a copy of the template's
 * actor added to the target plan, with a new id.
 */
public final class ReferenceBinding {

	private final Plan target;
	private final InstanceCopier copier;
	private final List<Actor> known = new ArrayList<>();
	private final Resource catalogue;

	/** @param target a plan in a resource of a resource set with the SDG catalogue installed */
	public ReferenceBinding(Plan target, InstanceCopier copier) {
		this.target = target;
		this.copier = copier;
		ResourceSet set = target.eResource().getResourceSet();
		this.catalogue = set.getResource(Sdgs.CATALOGUE_URI, false);
		List<Resource> resources = set.getResources();
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof Actor actor) {
					known.add(actor);
				}
			});
		}
	}

	/** Re-targets every actor and SDG reference inside {@code roots} that points outside the target's resources. */
	@SuppressWarnings("unchecked")
	public void bind(List<? extends EObject> roots) {
		for (EObject root : roots) {
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllProperContents(root, false)) {
				rebind(object);
			}
			rebind(root);
		}
	}

	@SuppressWarnings("unchecked")
	private void rebind(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			if (!reference.isMany() && object.eGet(reference) instanceof EObject value && isSdg(value)) {
				object.eSet(reference, catalogue.getEObject(EcoreUtil.getURI(value).fragment()));
				continue;
			}
			if (reference.getEReferenceType() != org.veikart.model.VeikartPackage.eINSTANCE.getActor()) {
				continue;
			}
			if (reference.isMany()) {
				List<Actor> list = (List<Actor>) object.eGet(reference);
				for (int i = 0; i < list.size(); i++) {
					list.set(i, bound(list.get(i)));
				}
			} else if (object.eGet(reference) instanceof Actor actor) {
				object.eSet(reference, bound(actor));
			}
		}
	}

	private boolean isSdg(EObject value) {
		return (value instanceof SdgGoal || value instanceof SdgTarget) && value.eResource() != catalogue;
	}

	private Actor bound(Actor actor) {
		if (known.contains(actor)) {
			return actor;
		}
		for (Actor candidate : known) {
			if (sameName(candidate, actor)) {
				return candidate;
			}
		}
		Actor copy = EcoreUtil.copy(actor);
		copy.setId(copier.newId(copy));
		copy.setPartOf(null);
		target.getActors().add(copy);
		known.add(copy);
		return copy;
	}

	private static boolean sameName(Actor a, Actor b) {
		List<String> names = new ArrayList<>(a.getAliases());
		names.add(a.getName());
		List<String> others = new ArrayList<>(b.getAliases());
		others.add(b.getName());
		return names.stream().filter(n -> n != null).map(n -> n.toLowerCase(Locale.ROOT))
				.anyMatch(n -> others.stream().filter(o -> o != null).anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(n)));
	}
}
