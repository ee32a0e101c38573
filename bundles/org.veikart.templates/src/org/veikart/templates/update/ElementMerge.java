package org.veikart.templates.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.PlanElement;
import org.veikart.model.VeikartPackage;
import org.veikart.templates.diff.FeatureValues;
import org.veikart.templates.instantiate.ReferenceBinding;

/**
 * The 3-way merge of one plan element with its template element, feature by feature (compared as
 * {@link FeatureValues}, matched by feature name so a re-kinded element still merges; features the
 * plan element's class does not have are left alone; provenance and origin are not merged):
 * unchanged upstream keeps the plan's value (reported as kept when it differs); changed upstream only
 * takes the new value; changed both ways to the same value needs nothing; changed both ways
 * differently is a conflict and keeps the plan's value.
 */
final class ElementMerge {

	private static final VeikartPackage P = VeikartPackage.eINSTANCE;
	static final Set<EStructuralFeature> SKIP = Set.of(P.getTraceable_Provenance(), P.getPlanElement_Origin());

	private final OursReferences references;
	private final ReferenceBinding binding;

	ElementMerge(OursReferences references, ReferenceBinding binding) {
		this.references = references;
		this.binding = binding;
	}

	/** Merges {@code theirs} into {@code ours} against {@code base}; returns the findings. */
	List<UpdateEntry> merge(PlanElement ours, PlanElement base, PlanElement theirs) {
		Map<String, String> vb = byName(FeatureValues.of(base, SKIP, TemplateSide.refName()));
		Map<String, String> vt = byName(FeatureValues.of(theirs, SKIP, TemplateSide.refName()));
		Map<String, String> vo = byName(FeatureValues.of(ours, SKIP, references.refName()));
		List<String> names = new ArrayList<>(vb.keySet());
		vt.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
		List<UpdateEntry> entries = new ArrayList<>();
		String x = ours.getOrigin().getElementId();
		for (String name : names) {
			EStructuralFeature feature = ours.eClass().getEStructuralFeature(name);
			if (feature == null) {
				continue;
			}
			String b = vb.get(name);
			String t = vt.get(name);
			String o = vo.get(name);
			if (Objects.equals(b, t)) {
				if (!Objects.equals(o, b)) {
					entries.add(entry(UpdateEntry.Kind.KEPT, ours, x, name, b, o, t, "changed locally; kept"));
				}
			} else if (Objects.equals(o, b)) {
				String problem = TemplateSide.unfilled(t) ? "the new value needs a parameter the plan's values do not reveal; give it with --param"
						: apply(ours, feature, theirs);
				entries.add(problem == null ? entry(UpdateEntry.Kind.APPLIED, ours, x, name, b, o, t, "changed upstream; applied")
						: entry(UpdateEntry.Kind.CONFLICT, ours, x, name, b, o, t, problem));
			} else if (!Objects.equals(o, t)) {
				entries.add(entry(UpdateEntry.Kind.CONFLICT, ours, x, name, b, o, t, "changed upstream and locally; the local value is kept"));
			}
		}
		return entries;
	}

	/** @return true when {@code ours} has every compared feature as in {@code base} */
	boolean unchanged(PlanElement ours, PlanElement base) {
		Map<String, String> vb = byName(FeatureValues.of(base, SKIP, TemplateSide.refName()));
		Map<String, String> vo = byName(FeatureValues.of(ours, SKIP, references.refName()));
		vo.keySet().removeIf(name -> base.eClass().getEStructuralFeature(name) == null);
		vb.keySet().removeIf(name -> ours.eClass().getEStructuralFeature(name) == null);
		return vb.equals(vo);
	}

	/** @return true when two versions of a template element have the same compared features */
	static boolean same(PlanElement base, PlanElement theirs) {
		return byName(FeatureValues.of(base, SKIP, TemplateSide.refName())).equals(byName(FeatureValues.of(theirs, SKIP, TemplateSide.refName())));
	}

	/** Sets {@code ours}' feature to theirs' value; @return null, or why it could not be applied */
	@SuppressWarnings("unchecked")
	private String apply(PlanElement ours, EStructuralFeature feature, PlanElement theirs) {
		EStructuralFeature source = theirs.eClass().getEStructuralFeature(feature.getName());
		if (source == null || !theirs.eIsSet(source)) {
			ours.eUnset(feature);
			return null;
		}
		Object value = theirs.eGet(source);
		if (feature instanceof EReference reference && !reference.isContainment()) {
			List<EObject> targets = new ArrayList<>();
			for (Object target : reference.isMany() ? (List<Object>) value : List.of(value)) {
				EObject mapped = target instanceof PlanElement element ? references.find(element.getId()) : (EObject) target;
				if (mapped == null) {
					return "the new value refers to " + ((PlanElement) target).getId() + ", which is not in the plan";
				}
				targets.add(mapped);
			}
			value = reference.isMany() ? targets : targets.get(0);
		} else if (feature instanceof EReference) {
			value = feature.isMany() ? EcoreUtil.copyAll((List<EObject>) value) : EcoreUtil.copy((EObject) value);
		} else if (feature instanceof EAttribute && feature.isMany()) {
			value = new ArrayList<>((List<Object>) value);
		}
		if (feature.isMany()) {
			List<Object> list = (List<Object>) ours.eGet(feature);
			list.clear();
			list.addAll((List<Object>) value);
		} else {
			ours.eSet(feature, value);
		}
		binding.bind(List.of(ours)); // SDG goals and actors of the template's resource set -> the plan's
		return null;
	}

	private static UpdateEntry entry(UpdateEntry.Kind kind, PlanElement ours, String x, String feature, String b, String o, String t,
			String message) {
		return new UpdateEntry(kind, ours.getId(), x, feature, TemplateSide.readable(b), o, TemplateSide.readable(t), message);
	}

	private static Map<String, String> byName(Map<EStructuralFeature, String> values) {
		Map<String, String> byName = new LinkedHashMap<>();
		values.forEach((feature, value) -> byName.put(feature.getName(), value));
		return byName;
	}
}
