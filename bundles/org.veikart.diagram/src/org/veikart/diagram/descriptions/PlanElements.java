package org.veikart.diagram.descriptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.Strategy;

/**
 * The semantic candidate functions the standard descriptions share: elements of a plan in model
 * (document) order, and the targets of its references. All lists are new and in a stable order.
 */
public final class PlanElements {

    private PlanElements() {
    }

    /** @return the plan's elements of {@code type} at any depth (the plan itself excluded), in document order */
    public static <T extends EObject> List<T> all(Plan plan, Class<T> type) {
        List<T> found = new ArrayList<>();
        plan.eAllContents().forEachRemaining(object -> {
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        });
        return found;
    }

    /** @return the outline children of an element: goals, focus areas, strategies, measures it contains */
    public static List<EObject> outlineChildren(EObject element) {
        List<EObject> children = new ArrayList<>();
        for (EObject child : element.eContents()) {
            if (child instanceof Goal || child instanceof FocusArea || child instanceof Strategy || child instanceof Measure) {
                children.add(child);
            }
        }
        return children;
    }

    /** @return the plan followed by its outline elements (goals, focus areas, strategies, measures) */
    public static List<EObject> outline(Plan plan) {
        List<EObject> elements = new ArrayList<>();
        elements.add(plan);
        plan.eAllContents().forEachRemaining(object -> {
            if (object instanceof Goal || object instanceof FocusArea || object instanceof Strategy || object instanceof Measure) {
                elements.add(object);
            }
        });
        return elements;
    }

    /** @return the plan's own indicators, then those its elements are measured by (e.g. in another plan) */
    public static List<Indicator> indicators(Plan plan) {
        Set<Indicator> indicators = new LinkedHashSet<>(plan.getIndicators());
        for (EObject element : outline(plan)) {
            indicators.addAll(((PlanElement) element).getMeasuredBy());
        }
        return new ArrayList<>(indicators);
    }

    /** @return the SDG goals an element refers to (a target refers to its goal), without repeats */
    public static List<SdgGoal> sdgGoals(EObject element) {
        Set<SdgGoal> goals = new LinkedHashSet<>();
        if (element instanceof PlanElement planElement) {
            for (SdgReference reference : planElement.getSdgReferences()) {
                SdgGoal goal = goalOf(reference);
                if (goal != null) {
                    goals.add(goal);
                }
            }
        }
        return new ArrayList<>(goals);
    }

    /** @return the goal of a reference (directly or through its target), or null */
    public static SdgGoal goalOf(SdgReference reference) {
        if (reference.getGoal() != null && !reference.getGoal().eIsProxy()) {
            return reference.getGoal();
        }
        if (reference.getTarget() != null && !reference.getTarget().eIsProxy()
                && reference.getTarget().eContainer() instanceof SdgGoal goal) {
            return goal;
        }
        return null;
    }

    /** @return the SDG goals referenced anywhere in the plan, ordered by number */
    public static List<SdgGoal> referencedSdgs(Plan plan) {
        Set<SdgGoal> goals = new LinkedHashSet<>();
        for (EObject element : withPlan(plan)) {
            goals.addAll(sdgGoals(element));
        }
        List<SdgGoal> sorted = new ArrayList<>(goals);
        sorted.sort(java.util.Comparator.comparingInt(SdgGoal::getNumber));
        return sorted;
    }

    /** @return the plan and every plan element in it (indicators included) */
    public static List<EObject> withPlan(Plan plan) {
        List<EObject> elements = new ArrayList<>();
        elements.add(plan);
        elements.addAll(all(plan, PlanElement.class));
        return elements;
    }

    /** @return the nearest focus area containing the element (itself excluded), or null */
    public static FocusArea focusAreaOf(EObject element) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof FocusArea area) {
                return area;
            }
        }
        return null;
    }

    /** @return the plan containing the element (or the element if it is a plan), or null */
    public static Plan planOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Plan plan) {
                return plan;
            }
        }
        return null;
    }
}
