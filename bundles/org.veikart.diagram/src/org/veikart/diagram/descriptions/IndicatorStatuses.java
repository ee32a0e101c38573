package org.veikart.diagram.descriptions;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.Shape;
import org.veikart.model.Indicator;
import org.veikart.model.IndicatorStatus;
import org.veikart.model.Measurement;
import org.veikart.model.Threshold;

/**
 * The status of an indicator, as the indicator map shows it: the latest actual value (by year)
 * placed in the indicator's thresholds (lower bound inclusive, upper exclusive). Unknown when there
 * is no numeric actual or no threshold covers it. Colour and text go together, so the status is
 * readable without colour too.
 */
public final class IndicatorStatuses {

    private IndicatorStatuses() {
    }

    /** @return the status, or empty when it cannot be determined */
    public static Optional<IndicatorStatus> status(Indicator indicator) {
        Optional<Measurement> latest = latestActual(indicator);
        if (latest.isEmpty() || latest.get().getValue() == null) {
            return Optional.empty();
        }
        BigDecimal value = latest.get().getValue();
        for (Threshold threshold : indicator.getThresholds()) {
            boolean above = threshold.getLowerBound() == null || value.compareTo(threshold.getLowerBound()) >= 0;
            boolean below = threshold.getUpperBound() == null || value.compareTo(threshold.getUpperBound()) < 0;
            if (above && below && threshold.getStatus() != null) {
                return Optional.of(threshold.getStatus());
            }
        }
        return Optional.empty();
    }

    /** @return the actual with the highest year (the last one when no year is given) */
    public static Optional<Measurement> latestActual(Indicator indicator) {
        return indicator.getActuals().stream()
                .max(Comparator.comparingInt(m -> m.getYear() == null ? Integer.MIN_VALUE : m.getYear()));
    }

    /** @return the Norwegian status text, e.g. "i rute" */
    public static String text(Indicator indicator) {
        return status(indicator).map(status -> switch (status) {
            case ON_TRACK -> "i rute";
            case AT_RISK -> "usikker";
            case OFF_TRACK -> "ikke i rute";
        }).orElse(indicator.getActuals().isEmpty() ? "ingen måling" : "ukjent status");
    }

    /** @return the ellipse style in the status colour */
    public static NodeStyle style(Indicator indicator) {
        NodeStyle style = status(indicator).map(status -> switch (status) {
            case ON_TRACK -> NodeStyle.of(Shape.ELLIPSE, "#D4EDDA", "#2E8B57", "Indikator: i rute");
            case AT_RISK -> NodeStyle.of(Shape.ELLIPSE, "#FFF3CD", "#C77700", "Indikator: usikker");
            case OFF_TRACK -> NodeStyle.of(Shape.ELLIPSE, "#F8D7DA", "#B42318", "Indikator: ikke i rute");
        }).orElse(NodeStyle.of(Shape.ELLIPSE, "#EEF0F3", "#7B8794", "Indikator: status ukjent"));
        return style.withText("#1F2933", 12, false).withMaxTextWidth(220);
    }

    /** @return the indicator map label: title, status, latest value and target */
    public static String label(Indicator indicator) {
        StringBuilder label = new StringBuilder(Labels.of(indicator));
        label.append("\nStatus: ").append(text(indicator));
        latestActual(indicator).ifPresent(actual -> label.append("\nSiste: ").append(valueText(actual)));
        indicator.getTargets().stream().reduce((first, second) -> second)
                .ifPresent(target -> label.append("\nMål: ").append(valueText(target)));
        return label.toString();
    }

    private static String valueText(Measurement measurement) {
        String value = measurement.getValueText() != null ? measurement.getValueText()
                : measurement.getValue() != null ? measurement.getValue().toPlainString() : "?";
        String when = measurement.getYear() != null ? " (" + measurement.getYear() + ")"
                : measurement.getPeriod() != null ? " (" + measurement.getPeriod() + ")" : "";
        return value + when;
    }
}
