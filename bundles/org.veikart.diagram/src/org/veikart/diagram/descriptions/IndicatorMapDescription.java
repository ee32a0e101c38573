package org.veikart.diagram.descriptions;

import java.util.List;
import java.util.Set;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.veikart.diagram.description.EdgeMapping;
import org.veikart.diagram.description.NodeMapping;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.description.Tool;
import org.veikart.diagram.layout.LayeredLayout;
import org.veikart.model.Indicator;
import org.veikart.model.PlanElement;
import org.veikart.model.VeikartPackage;

/**
 * {@code indicators}: the elements that are measured (goals, measures and any other plan element
 * with measured-by links) on the left, the indicators on the right as ellipses in their status
 * colour with the status, latest value and target as text. Indicators nothing refers to are shown
 * too (an indicator without a goal is worth seeing).
 */
public final class IndicatorMapDescription {

    public static final String NAME = "indicators";

    private IndicatorMapDescription() {
    }

    public static RepresentationDescription create() {
        List<NodeMapping> nodes = List.of(
                NodeMapping.of("measured", plan -> PlanElements.outline(plan).stream()
                        .filter(e -> !((PlanElement) e).getMeasuredBy().isEmpty()).toList(), Labels::of, Styles::of)
                        .withTooltip(Labels::tooltip),
                NodeMapping.of("indicator", PlanElements::indicators, e -> IndicatorStatuses.label((Indicator) e), Styles::of)
                        .withTooltip(Labels::tooltip));
        EdgeMapping measuredBy = EdgeMapping.reference("measured-by", Set.of("measured"),
                e -> ((PlanElement) e).getMeasuredBy(), Styles.MEASURED_BY);
        return new RepresentationDescription(NAME, "Indikatorkart",
                new LayeredLayout(Direction.RIGHT, EdgeRouting.POLYLINE, 14, 80, LayeredLayout.Placement.BRANDES_KOEPF),
                nodes, List.of(), List.of(measuredBy), List.of(), List.of(CommonFilters.hideCompleted()),
                List.of(new Tool("new-indicator", "Ny indikator", Tool.Kind.CREATE_NODE, VeikartPackage.eINSTANCE.getIndicator(),
                        "indicators", List.of()),
                        new Tool("connect-measured-by", "Måles med", Tool.Kind.CONNECT, VeikartPackage.eINSTANCE.getPlanElement(),
                                "measuredBy", List.of("measured"))));
    }
}
