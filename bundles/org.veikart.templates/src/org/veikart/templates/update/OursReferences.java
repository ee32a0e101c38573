package org.veikart.templates.update;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.templates.diff.FeatureValues;

/**
 * Translates between references in the plan and in a template: a plan element made from template
 * {@code templateId} is named by its template element id, so a reference compares equal across the
 * plan and the template; and a template element is found in the plan by that id.
 */
final class OursReferences {

	private final Plan plan;
	private final String templateId;

	OursReferences(Plan plan, String templateId) {
		this.plan = plan;
		this.templateId = templateId;
	}

	/** @return the naming function for the plan's side of a comparison */
	Function<EObject, String> refName() {
		return target -> target instanceof PlanElement element && element.getOrigin() != null
				&& templateId.equals(element.getOrigin().getTemplateId()) ? element.getOrigin().getElementId()
						: FeatureValues.idOf(target);
	}

	/** @return the first plan element made from template element {@code elementId}, or null */
	PlanElement find(String elementId) {
		if (matches(plan, elementId)) {
			return plan;
		}
		for (EObject object : (Iterable<EObject>) plan::eAllContents) {
			if (object instanceof PlanElement element && matches(element, elementId)) {
				return element;
			}
		}
		return null;
	}

	private boolean matches(PlanElement element, String elementId) {
		return element.getOrigin() != null && templateId.equals(element.getOrigin().getTemplateId())
				&& elementId.equals(element.getOrigin().getElementId());
	}
}
