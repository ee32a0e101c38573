package org.veikart.templates.update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.templates.ParameterValues;
import org.veikart.templates.Substitution;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateModels;
import org.veikart.templates.diff.FeatureValues;

/**
 * One template version filled in for a merge (the base or "theirs"), with its plan elements by their
 * template element id. Parameters without a known value are filled with {@link #SENTINEL_OPEN}name
 * {@link #SENTINEL_CLOSE} in strings (and their default or 0 elsewhere), so a value that still needs
 * one can be recognised and never reaches a plan.
 */
final class TemplateSide {

	static final char SENTINEL_OPEN = '\u2983';
	static final char SENTINEL_CLOSE = '\u2984';

	private final Template template;
	private final Plan plan;
	private final Map<String, PlanElement> byId = new HashMap<>();

	private TemplateSide(Template template, Plan plan) {
		this.template = template;
		this.plan = plan;
		index(plan);
		plan.eAllContents().forEachRemaining(this::index);
	}

	private void index(EObject object) {
		if (object instanceof PlanElement element && element.getId() != null) {
			byId.putIfAbsent(element.getId(), element);
		}
	}

	/**
	 * @param params known parameter values; the others become sentinels in strings
	 * @throws TemplateException if the template does not parse once filled in
	 */
	static TemplateSide load(Template template, Map<String, String> params) throws TemplateException {
		List<ModelDiagnostic> problems = new ArrayList<>();
		ParameterValues values = (parameter, inString) -> {
			String known = params.get(parameter.name());
			if (known != null) {
				return known;
			}
			if (inString) {
				return SENTINEL_OPEN + parameter.name() + SENTINEL_CLOSE;
			}
			return parameter.defaultValue() != null ? parameter.defaultValue() : "0";
		};
		Substitution.Result filled = Substitution.fill(template, values, problems);
		if (!problems.isEmpty()) {
			throw new TemplateException(problems);
		}
		return new TemplateSide(template, TemplateModels.parse(template, filled));
	}

	Template template() {
		return template;
	}

	Plan plan() {
		return plan;
	}

	/** @return the element with this template element id, or null */
	PlanElement element(String id) {
		return byId.get(id);
	}

	/** @return the template's elements in document order, the plan first */
	List<PlanElement> elements() {
		List<PlanElement> elements = new ArrayList<>(List.of(plan));
		plan.eAllContents().forEachRemaining(o -> { if (o instanceof PlanElement e) elements.add(e); });
		return elements;
	}

	/** References inside a template compare by template element id. */
	static Function<EObject, String> refName() {
		return FeatureValues::idOf;
	}

	/** @return {@code value} with unfilled parameters written as {@code ${name}} again, for reports */
	static String readable(String value) {
		return value == null ? null : value.replace(String.valueOf(SENTINEL_OPEN), "${").replace(String.valueOf(SENTINEL_CLOSE), "}");
	}

	/** @return true if {@code value} still holds an unfilled parameter */
	static boolean unfilled(String value) {
		return value != null && value.indexOf(SENTINEL_OPEN) >= 0;
	}
}
