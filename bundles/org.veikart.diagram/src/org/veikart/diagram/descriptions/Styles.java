package org.veikart.diagram.descriptions;

import org.eclipse.emf.ecore.EObject;
import org.veikart.diagram.description.EdgeStyle;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.Shape;
import org.veikart.sdg.SdgColours;
import org.veikart.model.Actor;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Plan;
import org.veikart.model.SdgGoal;
import org.veikart.model.Strategy;

/**
 * The visual language of the standard descriptions: one shape and colour family per kind of
 * element (plan dark blue, goals amber, focus areas blue hexagons, strategies green, measures white
 * with a status-coloured border, indicators as ellipses in their status colour, SDGs in their
 * official colours), with Norwegian legend labels.
 */
public final class Styles {

    /** Hierarchy edges (contains). */
    public static final EdgeStyle CONTAINS = new EdgeStyle("#7B8794", 1.2, false, "inneholder");
    /** contributesTo edges. */
    public static final EdgeStyle CONTRIBUTES = new EdgeStyle("#C77700", 1.2, true, "bidrar til");
    /** measuredBy edges. */
    public static final EdgeStyle MEASURED_BY = new EdgeStyle("#2F6FB0", 1.2, true, "måles med");
    /** element to SDG edges. */
    public static final EdgeStyle SDG = new EdgeStyle("#3F7F3F", 1.4, false, "bærekraftsmål");
    /** measure to actor edges. */
    public static final EdgeStyle ACTOR = new EdgeStyle("#7B4B94", 1.0, true, "ansvarlig / partner");

    private Styles() {
    }

    /** @return the style of any plan element, actor or SDG goal */
    public static NodeStyle of(EObject element) {
        return switch (element) {
            case Plan plan -> NodeStyle.of(Shape.RECTANGLE, "#1F3A5F", "#102036", "Plan")
                    .withText("#FFFFFF", 15, true).withMaxTextWidth(300);
            case Goal goal -> goal(goal.getKind());
            case FocusArea area -> NodeStyle.of(Shape.HEXAGON, "#DCEBFA", "#2F6FB0", "Innsatsområde").withText("#102036", 13, true);
            case Strategy strategy -> strategy.eContainer() instanceof Strategy
                    ? NodeStyle.of(Shape.ROUNDED, "#F1FAF4", "#6BB38A", "Delstrategi").withMaxTextWidth(260).withText("#1F2933", 12, false)
                    : NodeStyle.of(Shape.ROUNDED, "#DFF3E6", "#2E8B57", "Strategi");
            case Measure measure -> measure(measure.getStatus());
            case Indicator indicator -> IndicatorStatuses.style(indicator);
            case Actor actor -> NodeStyle.of(Shape.ROUNDED, "#F2E9F7", "#7B4B94", "Aktør").withMaxTextWidth(180);
            case SdgGoal sdg -> sdg(sdg);
            default -> NodeStyle.of(Shape.RECTANGLE, "#FFFFFF", "#7B8794", null);
        };
    }

    private static NodeStyle goal(GoalKind kind) {
        return switch (kind) {
            case VISION, AMBITION -> NodeStyle.of(Shape.ROUNDED, "#FCE3C0", "#B86B00", "Visjon / ambisjon").withText("#1F2933", 13, true);
            case MAIN -> NodeStyle.of(Shape.ROUNDED, "#FFF1CC", "#C99700", "Hovedmål");
            default -> NodeStyle.of(Shape.ROUNDED, "#FFF8E5", "#D9B54A", "Effektmål / delmål").withText("#1F2933", 12, false);
        };
    }

    private static NodeStyle measure(MeasureStatus status) {
        NodeStyle style = switch (status) {
            case PLANNED -> NodeStyle.of(Shape.RECTANGLE, "#FFFFFF", "#2F6FB0", "Tiltak: planlagt");
            case ONGOING -> NodeStyle.of(Shape.RECTANGLE, "#EAF7EE", "#2E8B57", "Tiltak: pågår");
            case COMPLETED -> NodeStyle.of(Shape.RECTANGLE, "#E4E7EB", "#616E7C", "Tiltak: fullført");
            case POSTPONED -> NodeStyle.of(Shape.RECTANGLE, "#FFF5E0", "#C77700", "Tiltak: utsatt");
            case CANCELLED -> NodeStyle.of(Shape.RECTANGLE, "#FBEAEA", "#B42318", "Tiltak: avlyst");
            default -> NodeStyle.of(Shape.RECTANGLE, "#FFFFFF", "#9AA5B1", "Tiltak");
        };
        return style.withText("#1F2933", 12, false).withMaxTextWidth(260);
    }

    private static NodeStyle sdg(SdgGoal goal) {
        String colour = goal.getColour() == null ? "#5B7083" : goal.getColour();
        // white text fails contrast on the light goals (7, 11): the darker or lighter text, whichever reads better
        return NodeStyle.of(Shape.TILE, colour, colour, "Bærekraftsmål (FNs farger)")
                .withText(SdgColours.textOn(colour), 13, true).withGlyph(Integer.toString(goal.getNumber())).withMaxTextWidth(170);
    }

    /**
     * @return the style of a goal the plan does not refer to: its colour mixed with white as fill,
     *         dark text (contrast above WCAG AA 4.5:1 on every such pastel, unlike white text on a
     *         translucent tile), the official colour as outline
     */
    public static NodeStyle fadedSdg(SdgGoal goal) {
        String colour = goal.getColour() == null ? "#5B7083" : goal.getColour();
        return NodeStyle.of(Shape.TILE, withWhite(colour, 0.3), colour, "Bærekraftsmål uten kobling i planen")
                .withText("#1F2933", 13, true).withGlyph(Integer.toString(goal.getNumber())).withMaxTextWidth(170);
    }

    /** @return {@code share} of {@code hex} over white, as #RRGGBB */
    private static String withWhite(String hex, double share) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * share + 255 * (1 - share));
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * share + 255 * (1 - share));
        int b = (int) Math.round((rgb & 0xFF) * share + 255 * (1 - share));
        return String.format("#%02X%02X%02X", r, g, b);
    }

    /** @return the Norwegian name of an element's kind, for tooltips */
    public static String kindName(EObject element) {
        return switch (element) {
            case Plan plan -> "Plan";
            case Goal goal -> goal.getKind() == GoalKind.MAIN ? "Hovedmål" : goal.getKind() == GoalKind.EFFECT ? "Effektmål"
                    : goal.getKind() == GoalKind.SUB ? "Delmål" : goal.getKind() == GoalKind.VISION ? "Visjon" : "Ambisjon";
            case FocusArea area -> "Innsatsområde";
            case Strategy strategy -> strategy.eContainer() instanceof Strategy ? "Delstrategi" : "Strategi";
            case Measure measure -> "Tiltak";
            case Indicator indicator -> "Indikator";
            case Actor actor -> "Aktør";
            case SdgGoal sdg -> "Bærekraftsmål " + sdg.getNumber();
            default -> element.eClass().getName();
        };
    }
}
