package org.veikart.diagram.descriptions;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.EdgeMapping;
import org.veikart.diagram.description.Layer;
import org.veikart.diagram.description.NodeMapping;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.description.Tool;
import org.veikart.diagram.layout.LayeredLayout;
import org.veikart.diagram.layout.SortedColumnLayout;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.VeikartPackage;
import org.veikart.sdg.Sdgs;

/**
 * {@code sdg}: the plan elements that refer to UN sustainable development goals (left) and those
 * goals as tiles in their official colours (right), one edge per element and goal. Only the goals
 * the plan refers to are shown, so the picture answers "which goals does this plan serve"; the layer
 * "all-sdgs" adds the other goals, faded (pastel tile, dark text), for the question "which goals does
 * it leave out". The goals stand in one column in goal-number order.
 */
public final class SdgAlignmentDescription {

    public static final String NAME = "sdg";
    /** Layer adding the unreferenced goals. */
    public static final String ALL_SDGS = "all-sdgs";

    private SdgAlignmentDescription() {
    }

    public static RepresentationDescription create() {
        List<NodeMapping> nodes = List.of(
                NodeMapping.of("element", plan -> PlanElements.withPlan(plan).stream()
                        .filter(e -> !PlanElements.sdgGoals(e).isEmpty()).toList(), Labels::of, Styles::of)
                        .withTooltip(Labels::tooltip),
                NodeMapping.of("sdg", PlanElements::referencedSdgs, Labels::of, Styles::of)
                        .withTooltip(SdgAlignmentDescription::sdgTooltip),
                NodeMapping.of("other-sdg", plan -> Sdgs.catalogue().getGoals(), Labels::of,
                        e -> Styles.fadedSdg((SdgGoal) e))
                        .withTooltip(SdgAlignmentDescription::sdgTooltip).inLayer(ALL_SDGS));
        EdgeMapping toSdg = EdgeMapping.reference("sdg", Set.of("element"), PlanElements::sdgGoals, Styles.SDG)
                .withLabel(SdgAlignmentDescription::kind);
        return new RepresentationDescription(NAME, "Bærekraftsmål",
                // the goals in one column in goal-number order, linked or not: easy to scan for "which ones"
                new SortedColumnLayout(
                        new LayeredLayout(Direction.RIGHT, EdgeRouting.POLYLINE, 14, 80, LayeredLayout.Placement.BRANDES_KOEPF),
                        SdgGoal.class::isInstance, Comparator.comparingInt(e -> ((SdgGoal) e).getNumber()), 14, 120),
                nodes, List.of(), List.of(toSdg), List.of(new Layer(ALL_SDGS, "Alle 17 bærekraftsmål", false)),
                List.of(CommonFilters.hideCompleted(), CommonFilters.oneFocusArea()),
                List.of(new Tool("connect-sdg", "Knytt til bærekraftsmål", Tool.Kind.CONNECT,
                        VeikartPackage.eINSTANCE.getSdgReference(), "sdgReferences", List.of("element"))));
    }

    private static String sdgTooltip(EObject element) {
        SdgGoal goal = (SdgGoal) element;
        return "Bærekraftsmål " + goal.getNumber() + ": " + (goal.getTitleNb() != null ? goal.getTitleNb() : goal.getNameNb());
    }

    /** @return how the element refers to the goal, in Norwegian (first matching reference) */
    private static String kind(EObject source, EObject target) {
        for (SdgReference reference : ((PlanElement) source).getSdgReferences()) {
            if (PlanElements.goalOf(reference) == target && reference.getKind() != null) {
                return switch (reference.getKind()) {
                    case ANCHORED_IN -> "forankret i";
                    case SUPPORTS -> "støtter";
                    case CONFLICTS_WITH -> "i konflikt med";
                    default -> "bidrar til";
                };
            }
        }
        return null;
    }
}
