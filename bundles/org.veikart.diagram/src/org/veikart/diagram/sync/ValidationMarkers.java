package org.veikart.diagram.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

/**
 * Turns diagnostics into the input of the validation decorators: the worst severity per element id
 * (errors over warnings; infos give no marker). When a caller has no diagnostics,
 * {@link #check(Plan)} runs the {@link ModelChecker} on the plan's resource.
 */
public final class ValidationMarkers {

    private ValidationMarkers() {
    }

    /** @return the worst error or warning per element id */
    public static Map<String, Severity> worstById(List<ModelDiagnostic> diagnostics) {
        Map<String, Severity> worst = new HashMap<>();
        for (ModelDiagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() != Severity.INFO && diagnostic.element() instanceof Identifiable element
                    && element.getId() != null) {
                worst.merge(element.getId(), diagnostic.severity(),
                        (a, b) -> a == Severity.ERROR || b == Severity.ERROR ? Severity.ERROR : Severity.WARNING);
            }
        }
        return worst;
    }

    /** @return the model checker's findings for the plan's resource (empty for a plan without resource) */
    public static Map<String, Severity> check(Plan plan) {
        if (plan.eResource() == null) {
            return Map.of();
        }
        return worstById(new ModelChecker().check(plan.eResource()));
    }
}
