package org.veikart.templates.update;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.TemplateOrigin;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.Versions;
import org.veikart.templates.instantiate.InstanceCopier;
import org.veikart.templates.instantiate.ReferenceBinding;

/**
 * Brings a plan's template content up to a newer template version with a 3-way merge: base = the
 * version each element's origin records, theirs = the newest version in the library (or the one
 * asked for), ours = the plan.
 * <ul>
 * <li>per element and feature: {@link ElementMerge} (upstream-only changes applied, local-only changes
 * kept, both changed differently: conflict, local value kept);</li>
 * <li>elements added upstream: inserted ({@link UpstreamAdditions});</li>
 * <li>elements removed upstream: removed when the plan element and everything under it is unchanged,
 * otherwise a conflict and kept; elements removed here but changed upstream: a conflict, they stay
 * removed;</li>
 * <li>origins move to the new version for merged elements without conflicts; an element with a
 * conflict keeps its old version, so the next update reports the conflict again until it is
 * resolved.</li>
 * </ul>
 * The parameter values the plan was made with are recovered from the plan ({@link ParameterInference});
 * values given by the caller take precedence. The plan is changed in memory only; the caller writes it
 * (or not, for a dry run).
 */
public final class TemplateUpdater {

	private final TemplateLibrary library;

	/** @param library where the base and new template versions come from */
	public TemplateUpdater(TemplateLibrary library) {
		this.library = library;
	}

	/**
	 * @param plan       a plan in a resource set of the plan language
	 * @param params     parameter values to use instead of the inferred ones (may be empty)
	 * @param templateId update only this template, or null for all
	 * @param toVersion  the version to update to, or null for the newest
	 * @return what was done, per template version found in the plan
	 * @throws TemplateException if a template cannot be filled in or the asked-for version is unknown
	 */
	public UpdateReport update(Plan plan, Map<String, String> params, String templateId, String toVersion) throws TemplateException {
		Map<String, List<Map.Entry<List<String>, List<PlanElement>>>> byTemplate = new LinkedHashMap<>();
		for (Map.Entry<List<String>, List<PlanElement>> group : groups(plan).entrySet()) {
			if (templateId == null || templateId.equals(group.getKey().get(0))) {
				byTemplate.computeIfAbsent(group.getKey().get(0), key -> new ArrayList<>()).add(group);
			}
		}
		List<TemplateUpdate> updates = new ArrayList<>();
		for (Map.Entry<String, List<Map.Entry<List<String>, List<PlanElement>>>> template : byTemplate.entrySet()) {
			String id = template.getKey();
			Optional<Template> target = toVersion == null ? library.find(id) : Optional.of(library.require(id, toVersion));
			// one line per template: the versions still behind the target are updated; the others are not reported separately
			List<Map.Entry<List<String>, List<PlanElement>>> behind = template.getValue().stream()
					.filter(group -> target.isEmpty() || Versions.compare(target.get().version(), group.getKey().get(1)) > 0).toList();
			if (behind.isEmpty()) {
				String newest = template.getValue().stream().map(group -> group.getKey().get(1)).max(Versions::compare).orElseThrow();
				updates.add(new TemplateUpdate(id, newest, newest, List.of()));
			}
			for (Map.Entry<List<String>, List<PlanElement>> group : behind) {
				updates.add(updateGroup(plan, id, group.getKey().get(1), group.getValue(), params, toVersion));
			}
		}
		return new UpdateReport(plan.getId(), updates);
	}

	private TemplateUpdate updateGroup(Plan plan, String id, String from, List<PlanElement> group, Map<String, String> params,
			String toVersion) throws TemplateException {
		Optional<Template> newest = toVersion == null ? library.find(id) : Optional.of(library.require(id, toVersion));
		Optional<Template> baseTemplate = library.find(id, from);
		if (newest.isEmpty() || baseTemplate.isEmpty()) {
			String missing = newest.isEmpty() ? "template " + id + " is not in the library " + library.location()
					: "version " + from + " of template " + id + " (the merge base) is not in the library " + library.location();
			return new TemplateUpdate(id, from, from, List.of(new UpdateEntry(UpdateEntry.Kind.CONFLICT, null, null, null, null, null,
					null, missing + "; nothing changed")));
		}
		Template theirsTemplate = newest.get();
		if (Versions.compare(theirsTemplate.version(), from) <= 0) {
			return new TemplateUpdate(id, from, from, List.of());
		}
		TemplateSide sentinels = TemplateSide.load(baseTemplate.get(), params);
		List<PlanElement> instances = instances(plan, id);
		Map<String, String> values = ParameterInference.infer(sentinels, instances, params);
		TemplateSide base = TemplateSide.load(baseTemplate.get(), values);
		TemplateSide theirs = TemplateSide.load(theirsTemplate, values);
		OursReferences references = new OursReferences(plan, id);
		ReferenceBinding binding = new ReferenceBinding(plan, new InstanceCopier(theirsTemplate, plan.eResource().getResourceSet(), theirs.plan(), plan.getId()));
		ElementMerge merge = new ElementMerge(references, binding);
		// additions first, so that changed references (e.g. measured-by a new indicator) find their target
		List<UpdateEntry> additions = new UpstreamAdditions(plan, base, theirs, instances, references).apply();
		List<UpdateEntry> entries = new ArrayList<>();
		Set<PlanElement> conflicted = Collections.newSetFromMap(new IdentityHashMap<>());
		for (PlanElement ours : group) {
			PlanElement b = base.element(ours.getOrigin().getElementId());
			PlanElement t = theirs.element(ours.getOrigin().getElementId());
			if (b != null && t != null) {
				List<UpdateEntry> merged = merge.merge(ours, b, t);
				if (merged.stream().anyMatch(UpdateEntry::isConflict)) {
					conflicted.add(ours);
				}
				entries.addAll(merged);
			}
		}
		for (PlanElement ours : group) {
			String x = ours.getOrigin().getElementId();
			if (base.element(x) != null && theirs.element(x) == null && inPlan(ours, plan)) {
				if (removable(ours, from, base, theirs, merge)) {
					entries.add(new UpdateEntry(UpdateEntry.Kind.REMOVED, ours.getId(), x, null, ours.getTitle(), ours.getTitle(), null,
							"removed upstream and unchanged here; removed"));
					EcoreUtil.delete(ours, true);
				} else {
					conflicted.add(ours);
					entries.add(new UpdateEntry(UpdateEntry.Kind.CONFLICT, ours.getId(), x, null, base.element(x).getTitle(), ours.getTitle(),
							null, "removed upstream but changed here (or holds local elements); kept"));
				}
			}
		}
		entries.addAll(removedHere(instances, base, theirs));
		entries.addAll(additions);
		for (PlanElement ours : group) {
			if (inPlan(ours, plan)) {
				if (!conflicted.contains(ours) && theirs.element(ours.getOrigin().getElementId()) != null) {
					ours.getOrigin().setTemplateVersion(theirsTemplate.version());
				}
			}
		}
		return new TemplateUpdate(id, from, theirsTemplate.version(), entries);
	}

	/** Elements the plan no longer has (removed here) that changed upstream: a conflict, they stay removed. */
	private static List<UpdateEntry> removedHere(List<PlanElement> instances, TemplateSide base, TemplateSide theirs) {
		Set<String> present = new java.util.HashSet<>();
		instances.forEach(element -> present.add(element.getOrigin().getElementId()));
		List<UpdateEntry> entries = new ArrayList<>();
		boolean content = base.template().kind() != org.veikart.templates.TemplateKind.PLAN;
		for (PlanElement b : base.elements()) {
			PlanElement t = theirs.element(b.getId());
			if ((b != base.plan() || !content) && !present.contains(b.getId()) && t != null && !ElementMerge.same(b, t)) {
				entries.add(new UpdateEntry(UpdateEntry.Kind.CONFLICT, null, b.getId(), null, b.getTitle(), null, t.getTitle(),
						"removed here but changed upstream; it stays removed"));
			}
		}
		return entries;
	}

	/** @return false once the element (or an ancestor) was removed from the plan */
	private static boolean inPlan(PlanElement element, Plan plan) {
		return EcoreUtil.getRootContainer(element) == plan;
	}

	/** An element may go when it and everything under it came from this template version, unchanged, and went upstream. */
	private static boolean removable(PlanElement ours, String from, TemplateSide base, TemplateSide theirs, ElementMerge merge) {
		String x = ours.getOrigin() == null ? null : ours.getOrigin().getElementId();
		if (x == null || !from.equals(ours.getOrigin().getTemplateVersion()) || !base.template().id().equals(ours.getOrigin().getTemplateId())
				|| base.element(x) == null || theirs.element(x) != null || !merge.unchanged(ours, base.element(x))) {
			return false;
		}
		for (EObject child : ours.eContents()) {
			if (child instanceof PlanElement element && !removable(element, from, base, theirs, merge)) {
				return false;
			}
		}
		return true;
	}

	/** @return the plan's elements made from template {@code id}, any version (by version, then document order) */
	private static List<PlanElement> instances(Plan plan, String id) {
		return groups(plan).entrySet().stream().filter(group -> group.getKey().get(0).equals(id))
				.flatMap(group -> group.getValue().stream()).toList();
	}

	/** @return the plan's elements with a complete origin, by (template id, version), in document order */
	private static Map<List<String>, List<PlanElement>> groups(Plan plan) {
		Map<List<String>, List<PlanElement>> groups = new LinkedHashMap<>();
		List<EObject> all = new ArrayList<>(List.of(plan));
		plan.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			if (object instanceof PlanElement element && complete(element.getOrigin())) {
				TemplateOrigin origin = element.getOrigin();
				groups.computeIfAbsent(List.of(origin.getTemplateId(), origin.getTemplateVersion()), key -> new ArrayList<>()).add(element);
			}
		}
		return groups;
	}

	private static boolean complete(TemplateOrigin origin) {
		return origin != null && origin.getTemplateId() != null && origin.getTemplateVersion() != null && origin.getElementId() != null;
	}
}
