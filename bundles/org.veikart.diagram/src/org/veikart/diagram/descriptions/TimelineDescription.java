package org.veikart.diagram.descriptions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.ContainerMapping;
import org.veikart.diagram.description.NodeMapping;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.description.Shape;
import org.veikart.diagram.description.Tool;
import org.veikart.diagram.layout.TimelineLayout;
import org.veikart.diagram.layout.YearSpan;
import org.veikart.model.FocusArea;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.VeikartPackage;

/**
 * {@code timeline}: the action plan as measures x years. One lane per focus area (measures outside
 * any focus area in a lane of the plan), one row per measure with a bar over the years of its
 * schedule; measures without a schedule get a pale bar over the plan period, so what is not
 * scheduled is visible at a glance. Laid out by {@link TimelineLayout}, not ELK.
 */
public final class TimelineDescription {

    public static final String NAME = "timeline";

    private TimelineDescription() {
    }

    public static RepresentationDescription create() {
        NodeMapping lanes = NodeMapping.of("lane", TimelineDescription::lanes, TimelineDescription::laneLabel,
                e -> NodeStyle.of(Shape.LANE, "#F5F7FA", "#CBD2D9", null).withText("#102036", 13, true).withMaxTextWidth(520));
        NodeMapping measures = NodeMapping.of("measure", plan -> PlanElements.all(plan, Measure.class), Labels::of,
                TimelineDescription::measureStyle).withTooltip(TimelineDescription::tooltip);
        ContainerMapping byArea = new ContainerMapping(lanes, measures, TimelineDescription::laneOf);
        return new RepresentationDescription(NAME, "Tidslinje for tiltak", new TimelineLayout(Schedules::span),
                List.of(), List.of(byArea), List.of(), List.of(),
                List.of(CommonFilters.hideCompleted(), CommonFilters.oneFocusArea()),
                List.of(new Tool("new-measure", "Nytt tiltak", Tool.Kind.CREATE_NODE, VeikartPackage.eINSTANCE.getMeasure(),
                        "measures", List.of("lane"))));
    }

    private static List<EObject> lanes(Plan plan) {
        List<EObject> lanes = new ArrayList<>();
        lanes.add(plan);
        lanes.addAll(PlanElements.all(plan, FocusArea.class));
        return lanes;
    }

    private static String laneLabel(EObject element) {
        return element instanceof Plan ? "Tiltak utenfor innsatsområdene" : Labels.of(element);
    }

    private static EObject laneOf(EObject measure) {
        FocusArea area = PlanElements.focusAreaOf(measure);
        return area != null ? area : PlanElements.planOf(measure);
    }

    private static NodeStyle measureStyle(EObject element) {
        YearSpan span = Schedules.span(element);
        NodeStyle style = Styles.of(element).withMaxTextWidth(340);
        return span == null || span.scheduled() ? style.withLegendLabel(style.legendLabel() + " (tidsplan)")
                : new NodeStyle(Shape.RECTANGLE, "#F5F7FA", "#B8C2CC", "#3E4C59", null, 12, false, 340, 1,
                        "Tiltak uten tidsplan (stolpen viser planperioden)");
    }

    private static String tooltip(EObject element) {
        YearSpan span = Schedules.span(element);
        String years = span == null ? "ingen år kjent"
                : (span.first() == span.last() ? "" + span.first() : span.first() + "–" + span.last())
                        + (span.scheduled() ? "" : " (planperioden, tiltaket har ingen tidsplan)");
        return Labels.full(element) + "\n" + years;
    }
}
