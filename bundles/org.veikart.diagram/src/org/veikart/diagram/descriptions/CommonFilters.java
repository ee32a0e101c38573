package org.veikart.diagram.descriptions;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.diagram.description.Filter;
import org.veikart.model.FocusArea;
import org.veikart.model.Identifiable;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Plan;
import org.veikart.model.Strategy;

/** Filters several standard descriptions offer. */
public final class CommonFilters {

    /** Id of {@link #hideCompleted()}. */
    public static final String HIDE_COMPLETED = "hide-completed";
    /** Id of {@link #oneFocusArea()}. */
    public static final String FOCUS_AREA = "focus-area";

    private CommonFilters() {
    }

    /** @return a filter hiding measures with status completed (and cancelled) */
    public static Filter hideCompleted() {
        return new Filter(HIDE_COMPLETED, "Skjul fullførte og avlyste tiltak", (element, parameter) ->
                element instanceof Measure measure
                        && (measure.getStatus() == MeasureStatus.COMPLETED || measure.getStatus() == MeasureStatus.CANCELLED));
    }

    /**
     * @return a filter whose parameter is a focus area id: focus areas, strategies and measures
     *         outside that area are hidden (its parent areas and the plan-level goals stay)
     */
    public static Filter oneFocusArea() {
        return new Filter(FOCUS_AREA, "Bare ett innsatsområde", (element, areaId) -> {
            if (areaId.isEmpty() || element instanceof Plan || !(element instanceof FocusArea || element instanceof Strategy
                    || element instanceof Measure || PlanElements.focusAreaOf(element) != null)) {
                return false;
            }
            FocusArea chosen = find(element, areaId);
            if (chosen == null) {
                return false; // unknown id: hiding everything would only confuse
            }
            return !(EcoreUtil.isAncestor(chosen, element) || EcoreUtil.isAncestor(element, chosen));
        });
    }

    private static FocusArea find(EObject element, String id) {
        Plan plan = PlanElements.planOf(element);
        if (plan == null) {
            return null;
        }
        return PlanElements.all(plan, FocusArea.class).stream()
                .filter(area -> id.equals(((Identifiable) area).getId())).findFirst().orElse(null);
    }
}
