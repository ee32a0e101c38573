package org.veikart.templates.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.templates.Template;
import org.veikart.templates.instantiate.InstanceCopier;
import org.veikart.templates.instantiate.ReferenceBinding;
import org.veikart.templates.instantiate.Slots;

/**
 * Inserts the elements a new template version added (with their new children) into the plan: under
 * every plan element made from the added element's template parent, after the plan element made from
 * its preceding template sibling (else first). A new top-level element of a content template goes
 * where the instance's other top-level elements are. Each copy gets new ids and origins of the new
 * version; references to other template elements follow their plan counterparts (or are dropped when
 * there is none). A copy that would need an unknown parameter, or whose parent cannot hold it, is not
 * inserted and is reported as a conflict.
 */
final class UpstreamAdditions {

	private final Plan plan;
	private final TemplateSide base;
	private final TemplateSide theirs;
	private final List<PlanElement> instances;
	private final OursReferences references;

	/** @param instances the plan's elements made from this template, any version */
	UpstreamAdditions(Plan plan, TemplateSide base, TemplateSide theirs, List<PlanElement> instances, OursReferences references) {
		this.plan = plan;
		this.base = base;
		this.theirs = theirs;
		this.instances = instances;
		this.references = references;
	}

	List<UpdateEntry> apply() {
		List<UpdateEntry> entries = new ArrayList<>();
		for (PlanElement added : theirs.elements()) {
			if (added == theirs.plan() || base.element(added.getId()) != null || isNew(added.eContainer())) {
				continue; // kept, or comes with its new parent
			}
			// a content template's indicators live in the plan's indicators, wherever its other elements went
			List<PlanElement> parents = added instanceof Indicator && added.eContainer() == theirs.plan() ? List.of(plan)
					: parents((PlanElement) added.eContainer());
			if (parents.isEmpty()) {
				entries.add(conflict(added, Slots.word(added.eClass()) + " '" + added.getTitle() + "' was added upstream under "
						+ ((PlanElement) added.eContainer()).getId() + ", which is not in the plan (removed here); not added"));
			}
			for (PlanElement parent : parents) {
				if (!holds(parent, added.getId())) { // an earlier update with conflicts may have added it already
					entries.add(insert(added, parent));
				}
			}
		}
		return entries;
	}

	private boolean holds(PlanElement parent, String templateElementId) {
		return parent.eContents().stream().anyMatch(child -> child instanceof PlanElement element && element.getOrigin() != null
				&& theirs.template().id().equals(element.getOrigin().getTemplateId())
				&& templateElementId.equals(element.getOrigin().getElementId()));
	}

	private boolean isNew(EObject container) {
		return container instanceof PlanElement element && container != theirs.plan() && base.element(element.getId()) == null;
	}

	/** @return the plan elements a child of {@code templateParent} goes into */
	private List<PlanElement> parents(PlanElement templateParent) {
		String id = templateParent == theirs.plan() && theirs.template().kind() != org.veikart.templates.TemplateKind.PLAN ? null
				: templateParent.getId();
		List<PlanElement> parents = new ArrayList<>();
		for (PlanElement element : instances) {
			if (id != null && id.equals(element.getOrigin().getElementId())) {
				parents.add(element);
			} else if (id == null && base.element(element.getOrigin().getElementId()) != null
					&& base.element(element.getOrigin().getElementId()).eContainer() == base.plan()
					&& element.eContainer() instanceof PlanElement container && !parents.contains(container)) {
				parents.add(container);
			}
		}
		return parents.isEmpty() && id == null ? List.of(plan) : parents;
	}

	private UpdateEntry insert(PlanElement added, PlanElement parent) {
		Template template = theirs.template();
		InstanceCopier copier = new InstanceCopier(template, plan.eResource().getResourceSet(), theirs.plan(), plan.getId());
		PlanElement copy = copier.copy(List.of(added)).get(0);
		Optional<EReference> slot = Slots.slot(parent, copy.eClass());
		String title = Slots.word(added.eClass()) + " '" + added.getTitle() + "'";
		if (slot.isEmpty()) {
			return conflict(added, title + " was added upstream, but a " + Slots.word(parent.eClass()) + " (" + parent.getId()
					+ ") cannot hold it; not added");
		}
		if (needsParameter(copy)) {
			return conflict(added, title + " was added upstream but needs a parameter the plan's values do not reveal; give it with --param");
		}
		Slots.add(parent, slot.get(), copy, position(added, parent, slot.get()));
		mapTemplateReferences(copy);
		new ReferenceBinding(plan, copier).bind(List.of(copy));
		return new UpdateEntry(UpdateEntry.Kind.ADDED, copy.getId(), added.getId(), null, null, null, added.getTitle(),
				title + " added upstream; inserted into " + Slots.describe(parent));
	}

	private UpdateEntry conflict(PlanElement added, String message) {
		return new UpdateEntry(UpdateEntry.Kind.CONFLICT, null, added.getId(), null, null, null, TemplateSide.readable(added.getTitle()),
				TemplateSide.readable(message));
	}

	@SuppressWarnings("unchecked")
	private int position(PlanElement added, PlanElement parent, EReference slot) {
		List<EObject> siblings = (List<EObject>) added.eContainer().eGet(added.eContainingFeature());
		List<EObject> list = (List<EObject>) parent.eGet(slot);
		for (int i = siblings.indexOf(added) - 1; i >= 0; i--) {
			String previous = ((PlanElement) siblings.get(i)).getId();
			for (int j = 0; j < list.size(); j++) {
				PlanElement candidate = (PlanElement) list.get(j);
				if (candidate.getOrigin() != null && previous.equals(candidate.getOrigin().getElementId())) {
					return j + 1;
				}
			}
		}
		return 0;
	}

	private static boolean needsParameter(PlanElement copy) {
		List<EObject> all = new ArrayList<>(List.of(copy));
		copy.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			for (EStructuralFeature feature : object.eClass().getEAllAttributes()) {
				if (!feature.isMany() && object.eGet(feature) instanceof String value && TemplateSide.unfilled(value)) {
					return true;
				}
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private void mapTemplateReferences(PlanElement copy) {
		List<EObject> all = new ArrayList<>(List.of(copy));
		copy.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !reference.isMany()) {
					continue;
				}
				List<EObject> targets = (List<EObject>) object.eGet(reference);
				for (int i = targets.size() - 1; i >= 0; i--) {
					if (targets.get(i) instanceof PlanElement target && EcoreUtil.getRootContainer(target) == theirs.plan()) {
						PlanElement mapped = references.find(target.getId());
						if (mapped == null) {
							targets.remove(i);
						} else {
							targets.set(i, mapped);
						}
					}
				}
			}
		}
	}
}
