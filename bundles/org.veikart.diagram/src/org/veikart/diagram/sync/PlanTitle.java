package org.veikart.diagram.sync;

import org.veikart.model.Plan;

/** The heading text of a plan for diagram titles: its title, else its id. */
final class PlanTitle {

    private PlanTitle() {
    }

    static String of(Plan plan) {
        return plan.getTitle() != null && !plan.getTitle().isBlank() ? plan.getTitle() : String.valueOf(plan.getId());
    }
}
