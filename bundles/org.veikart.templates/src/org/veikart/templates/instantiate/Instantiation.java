package org.veikart.templates.instantiate;

import java.util.List;

import org.veikart.model.Plan;
import org.veikart.model.check.ModelDiagnostic;

/**
 * A plan made from a plan-shape template by {@link Instantiator#newPlan}.
 *
 * @param plan        the new plan, in a resource of its own plan-language resource set (URI
 *                    {@code file:/veikart-new/PLAN-ID.plan}: set the resource's URI to where it should be
 *                    saved, then {@link org.veikart.templates.PlanText#write}); every plan element has a
 *                    new id and an origin
 * @param diagnostics informational notes for the user (e.g. which parameters took their default)
 */
public record Instantiation(Plan plan, List<ModelDiagnostic> diagnostics) {
}
