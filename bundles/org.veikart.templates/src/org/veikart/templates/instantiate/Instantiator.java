package org.veikart.templates.instantiate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateKind;
import org.veikart.templates.TemplateModels;
import org.veikart.templates.TemplateParameter;
import org.veikart.templates.TemplateProblems;

/**
 * Makes template instances. The API the command line and the workbench's New Plan wizard call:
 * <pre>
 * TemplateLibrary library = TemplateLibrary.starter();
 * Template shape = library.require("naeringsstrategi", null);
 * shape.parameters();                                  // what the wizard asks for
 * Instantiation made = new Instantiator().newPlan(shape, Map.of("kommune", "Sørum", ...));
 * </pre>
 * Guarantees: instances never share an id with the template, with the target's resource set or with
 * each other; every created plan element records its {@link org.veikart.model.TemplateOrigin}; the
 * target is changed only when the whole insertion succeeds.
 */
public final class Instantiator {

	/**
	 * @param template a template of kind {@link TemplateKind#PLAN}
	 * @param params   parameter values by name (declared defaults fill the rest)
	 * @return the new plan and notes about defaults used
	 * @throws TemplateException for a template of another kind, parameter problems (unknown, missing,
	 *                           unfilled) and problems of the filled-in template, with file:line:col
	 */
	public Instantiation newPlan(Template template, Map<String, String> params) throws TemplateException {
		if (template.kind() != TemplateKind.PLAN) {
			throw problem(template.location(), 1, 1, "template " + template.id() + " is a " + template.kind().keyword()
					+ " template; a new plan needs a plan template (use template apply to insert it into a plan)");
		}
		Plan source = TemplateModels.load(template, params);
		InstanceCopier copier = new InstanceCopier(template, null, source, new java.util.TreeMap<>(params).toString());
		Plan plan = copier.copy(List.of(source)).get(0);
		XtextResourceSet set = PlanWorkspace.create().newResourceSet();
		set.createResource(URI.createFileURI("/veikart-new/" + plan.getId() + ".plan")).getContents().add(plan);
		new ReferenceBinding(plan, copier).bind(List.of(plan));
		return new Instantiation(plan, defaultsUsed(template, params));
	}

	/**
	 * Inserts a content template into {@code target}. Its top-level goals, focus areas, strategies and
	 * measures go into the element {@code atId} (re-kinded to {@code as} when given; a theme's focus area
	 * or goal also when its own class does not fit there but another level does); its indicators go to the plan's indicators; an indicator-only
	 * template inserted at an element other than the plan also links that element to them ({@code measured-by}); its
	 * actors are matched by name against the target's actors or copied into the plan.
	 *
	 * @param atId the id of the plan or element to insert into
	 * @param as   the level to give the top-level elements, in the plan's own words or as a level
	 *             name; null to choose automatically
	 * @throws TemplateException for parameter and template problems, an unknown {@code atId} or level,
	 *                           or content that cannot go there (the message says where it can go)
	 */
	public Insertion insert(Template template, Map<String, String> params, Plan target, String atId, String as)
			throws TemplateException {
		if (target.eResource() == null || target.eResource().getResourceSet() == null) {
			throw new IllegalArgumentException("the target plan must be in a resource set of the plan language");
		}
		if (template.kind() == TemplateKind.PLAN) {
			throw problem(template.location(), 1, 1, "template " + template.id()
					+ " is a plan template; make a new plan from it (template new) instead of inserting it");
		}
		PlanElement container = Placement.container(target, atId);
		Plan source = TemplateModels.load(template, params);
		Level level = as == null ? null : Placement.level(target, as);
		ResourceSet set = target.eResource() == null ? null : target.eResource().getResourceSet();
		InstanceCopier copier = new InstanceCopier(template, set, source, target.getId() + new java.util.TreeMap<>(params));
		List<EObject> originals = new ArrayList<>();
		originals.addAll(source.getGoals());
		originals.addAll(source.getFocusAreas());
		originals.addAll(source.getStrategies());
		originals.addAll(source.getMeasures());
		int roots = originals.size();
		originals.addAll(source.getIndicators());
		if (originals.isEmpty()) {
			throw problem(template.location(), 1, 1, "template " + template.id() + " has no content to insert");
		}
		List<EObject> copies = copier.copy(originals);
		List<PlanElement> placed = Placement.place(template, copies.subList(0, roots), container, level, copies, copier);
		List<Indicator> indicators = copies.subList(roots, copies.size()).stream().map(Indicator.class::cast).toList();
		target.getIndicators().addAll(indicators);
		if (roots == 0 && container != target) {
			// an indicator template inserted at an element: the indicators measure that element
			container.getMeasuredBy().addAll(indicators);
		}
		List<PlanElement> added = new ArrayList<>(placed);
		added.addAll(indicators);
		new ReferenceBinding(target, copier).bind(added); // after re-kinding: a re-kinded root is a new object
		return new Insertion(container, placed, indicators);
	}

	private static List<ModelDiagnostic> defaultsUsed(Template template, Map<String, String> params) {
		List<ModelDiagnostic> notes = new ArrayList<>();
		for (TemplateParameter parameter : template.parameters()) {
			if (!params.containsKey(parameter.name())) {
				notes.add(new ModelDiagnostic(Severity.INFO, TemplateProblems.PARAMETER, "parameter '" + parameter.name()
						+ "' takes its default \"" + parameter.defaultValue() + "\"", template.location(), parameter.line(), 1, null));
			}
		}
		return notes;
	}

	static TemplateException problem(String file, int line, int column, String message) {
		return new TemplateException(List.of(TemplateProblems.error(TemplateProblems.PLACEMENT, message, file, line, column)));
	}
}
