package org.veikart.diagram.descriptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.EdgeMapping;
import org.veikart.diagram.description.Layer;
import org.veikart.diagram.description.NodeMapping;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.description.Tool;
import org.veikart.diagram.layout.MrTreeLayout;
import org.veikart.model.Actor;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartPackage;

/**
 * {@code tree}: the plan's outline as a tree from left to right, plan -> goals and focus areas ->
 * strategies -> measures, in document order (Mr. Tree). Contributes-to links, indicators, SDGs and
 * actors are layers, off by default: drawn straight across a tree they would hide its structure.
 */
public final class PlanTreeDescription {

    /** The representation name. */
    public static final String NAME = "tree";
    /** Layer ids. */
    public static final String INDICATORS = "indicators";
    public static final String SDGS = "sdg";
    public static final String ACTORS = "actors";
    public static final String CONTRIBUTIONS = "contributions";

    private static final Set<String> OUTLINE = Set.of("plan", "goal", "focus-area", "strategy", "measure");

    private PlanTreeDescription() {
    }

    public static RepresentationDescription create() {
        List<NodeMapping> nodes = List.of(
                mapping("plan", plan -> List.of(plan)),
                mapping("goal", plan -> PlanElements.all(plan, Goal.class)),
                mapping("focus-area", plan -> PlanElements.all(plan, FocusArea.class)),
                mapping("strategy", plan -> PlanElements.all(plan, Strategy.class)),
                mapping("measure", plan -> PlanElements.all(plan, Measure.class)),
                NodeMapping.of("indicator", PlanElements::indicators, e -> IndicatorStatuses.label((Indicator) e), Styles::of)
                        .withTooltip(Labels::tooltip).inLayer(INDICATORS),
                NodeMapping.of("sdg", PlanElements::referencedSdgs, Labels::of, Styles::of).inLayer(SDGS),
                NodeMapping.of("actor", PlanTreeDescription::actors, Labels::of, Styles::of).inLayer(ACTORS));
        List<EdgeMapping> edges = List.of(
                EdgeMapping.hierarchy("contains", OUTLINE, PlanElements::outlineChildren, Styles.CONTAINS),
                EdgeMapping.reference("contributes-to", OUTLINE, e -> ((PlanElement) e).getContributesTo(), Styles.CONTRIBUTES)
                        .inLayer(CONTRIBUTIONS),
                EdgeMapping.reference("measured-by", OUTLINE, e -> ((PlanElement) e).getMeasuredBy(), Styles.MEASURED_BY)
                        .inLayer(INDICATORS),
                EdgeMapping.reference("sdg", OUTLINE, PlanElements::sdgGoals, Styles.SDG).inLayer(SDGS),
                EdgeMapping.reference("actor", Set.of("measure"), PlanTreeDescription::actorsOf, Styles.ACTOR).inLayer(ACTORS));
        List<Layer> layers = List.of(new Layer(CONTRIBUTIONS, "Bidrar til", false), new Layer(INDICATORS, "Indikatorer", false),
                new Layer(SDGS, "Bærekraftsmål", false), new Layer(ACTORS, "Aktører", false));
        return new RepresentationDescription(NAME, "Plantre",
                new MrTreeLayout(Direction.RIGHT, 10, 48),
                nodes, List.of(), edges, layers, List.of(CommonFilters.hideCompleted(), CommonFilters.oneFocusArea()), tools());
    }

    private static NodeMapping mapping(String id, java.util.function.Function<Plan, List<? extends EObject>> candidates) {
        return NodeMapping.of(id, candidates, Labels::of, Styles::of).withTooltip(Labels::tooltip);
    }

    private static List<Actor> actorsOf(EObject element) {
        Measure measure = (Measure) element;
        List<Actor> actors = new ArrayList<>();
        if (measure.getResponsible() != null) {
            actors.add(measure.getResponsible());
        }
        actors.addAll(measure.getPartners());
        return actors;
    }

    private static List<Actor> actors(Plan plan) {
        Set<Actor> actors = new LinkedHashSet<>();
        PlanElements.all(plan, Measure.class).forEach(measure -> actors.addAll(actorsOf(measure)));
        return new ArrayList<>(actors);
    }

    private static List<Tool> tools() {
        VeikartPackage p = VeikartPackage.eINSTANCE;
        return List.of(
                new Tool("new-goal", "Nytt mål", Tool.Kind.CREATE_NODE, p.getGoal(), "goals", List.of("plan", "focus-area")),
                new Tool("new-focus-area", "Nytt innsatsområde", Tool.Kind.CREATE_NODE, p.getFocusArea(), "focusAreas", List.of("plan")),
                new Tool("new-strategy", "Ny strategi", Tool.Kind.CREATE_NODE, p.getStrategy(), "strategies",
                        List.of("plan", "goal", "focus-area", "strategy")),
                new Tool("new-measure", "Nytt tiltak", Tool.Kind.CREATE_NODE, p.getMeasure(), "measures",
                        List.of("plan", "focus-area", "strategy")),
                new Tool("connect-contributes", "Bidrar til", Tool.Kind.CONNECT, p.getPlanElement(), "contributesTo",
                        List.of("goal", "focus-area", "strategy", "measure")),
                new Tool("connect-measured-by", "Måles med", Tool.Kind.CONNECT, p.getPlanElement(), "measuredBy",
                        List.of("goal", "focus-area", "strategy", "measure")));
    }
}
