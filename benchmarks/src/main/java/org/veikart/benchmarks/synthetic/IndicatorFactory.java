package org.veikart.benchmarks.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.veikart.model.Direction;
import org.veikart.model.Indicator;
import org.veikart.model.IndicatorStatus;
import org.veikart.model.Measurement;
import org.veikart.model.Plan;
import org.veikart.model.Threshold;

/**
 * Indicators after the templates in DOMAIN.md (NHO Kommune-NM rank, attractiveness, own business
 * survey, SSB figures, value added per employee, ...): unit, direction, source, frequency, a
 * baseline (2021, sometimes stated in the strategy document, sometimes with a national comparison),
 * 1–3 targets (2024/2027/2030), 0–3 actuals (2022–2024) and, for half of them, three status
 * thresholds. Each indicator is added to {@link Plan#getIndicators()}; it and its measurements
 * are counted. An indicator has at most {@link #MAX_ELEMENTS} Identifiable objects.
 */
final class IndicatorFactory {

    static final int MAX_ELEMENTS = 1 + 1 + 3 + 3;

    private record Template(String title, String unit, Direction direction, String source, double low,
            double high, int decimals, String format) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Plassering i NHOs Kommune-NM", "plass", Direction.LOWER_IS_BETTER, "NHO Kommune-NM", 5, 120, 0, "%s. plass"),
            new Template("Plassering i attraktivitetsbarometeret", "plass", Direction.LOWER_IS_BETTER, "Telemarksforsking", 10, 200, 0, "%s. plass"),
            new Template("Andel fornøyde bedrifter", "%", Direction.HIGHER_IS_BETTER, "Egen næringslivsundersøkelse", 40, 90, 0, "%s %%"),
            new Template("Befolkningsvekst", "%", Direction.HIGHER_IS_BETTER, "SSB", 0.3, 3, 1, "%s %%"),
            new Template("Verdiskaping per sysselsatt", "NOK per sysselsatt", Direction.HIGHER_IS_BETTER, "SSB", 550000, 750000, -3, "NOK %s"),
            new Template("Andel kommunale innkjøp fra private leverandører", "%", Direction.HIGHER_IS_BETTER, "Kommunens innkjøpsstatistikk", 20, 60, 1, "%s %%"),
            new Template("Antall kunnskapsintensive arbeidsplasser", "arbeidsplasser", Direction.HIGHER_IS_BETTER, "SSB", 1000, 20000, -1, "%s arbeidsplasser"),
            new Template("Andel sysselsatte i kunnskapsintensive næringer", "%", Direction.HIGHER_IS_BETTER, "SSB", 4, 15, 1, "%s %%"),
            new Template("Antall nyetableringer", "foretak", Direction.HIGHER_IS_BETTER, "Brønnøysundregistrene", 100, 900, 0, "%s foretak"),
            new Template("Antall elever i Ungt Entreprenørskap", "elever", Direction.HIGHER_IS_BETTER, "Ungt Entreprenørskap", 50, 2000, 0, "%s elever"),
            new Template("Antall gjestedøgn", "gjestedøgn", Direction.HIGHER_IS_BETTER, "SSB", 20000, 400000, -2, "%s gjestedøgn"),
            new Template("Andel innovative anskaffelser", "%", Direction.HIGHER_IS_BETTER, "Kommunens innkjøpsstatistikk", 1, 15, 1, "%s %%"));

    private final GenerationContext context;
    private final DecimalFormat numbers;

    IndicatorFactory(GenerationContext context) {
        this.context = context;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(' ');
        this.numbers = new DecimalFormat("#,##0.##", symbols);
    }

    /** The indicator of template {@code index % templates}, with an optional qualifier in its title. */
    Indicator create(Plan plan, int index, String qualifier) {
        Template template = TEMPLATES.get(Math.floorMod(index, TEMPLATES.size()));
        Indicator indicator = context.trace(context.add(context.factory.createIndicator()));
        indicator.setTitle(qualifier == null ? template.title() : template.title() + " – " + qualifier);
        indicator.setUnit(template.unit());
        indicator.setDirection(template.direction());
        indicator.setSource(template.source());
        indicator.setFrequency("årlig");
        BigDecimal baseline = value(template);
        Measurement base = measurement(template, baseline, 2021);
        if (context.chance(0.3)) {
            base.setStatedIn("Strategi for bærekraftig næringsutvikling 2022–2030");
        }
        if (context.chance(0.3)) {
            base.setComparison(format(template, value(template)) + " nasjonalt");
        }
        indicator.setBaseline(base);
        int[] targetYears = {2024, 2027, 2030};
        int targets = context.between(1, 3);
        for (int i = 0; i < targets; i++) {
            indicator.getTargets().add(measurement(template, improve(template, baseline, i + 1), targetYears[i]));
        }
        int actuals = context.between(0, 3);
        for (int i = 0; i < actuals; i++) {
            indicator.getActuals().add(measurement(template, drift(template, baseline), 2022 + i));
        }
        if (context.chance(0.5)) {
            addThresholds(indicator, baseline, improve(template, baseline, 1));
        }
        plan.getIndicators().add(indicator);
        context.indicators.add(indicator);
        return indicator;
    }

    private Measurement measurement(Template template, BigDecimal value, int year) {
        Measurement measurement = context.add(context.factory.createMeasurement());
        measurement.setValue(value);
        measurement.setYear(year);
        measurement.setValueText(format(template, value));
        return measurement;
    }

    private void addThresholds(Indicator indicator, BigDecimal baseline, BigDecimal target) {
        BigDecimal low = baseline.min(target);
        BigDecimal high = baseline.max(target);
        boolean lowerIsBetter = indicator.getDirection() == Direction.LOWER_IS_BETTER;
        indicator.getThresholds().add(threshold(lowerIsBetter ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK, null, low));
        indicator.getThresholds().add(threshold(IndicatorStatus.AT_RISK, low, high));
        indicator.getThresholds().add(threshold(lowerIsBetter ? IndicatorStatus.OFF_TRACK : IndicatorStatus.ON_TRACK, high, null));
    }

    private Threshold threshold(IndicatorStatus status, BigDecimal lower, BigDecimal upper) {
        Threshold threshold = context.factory.createThreshold();
        threshold.setStatus(status);
        threshold.setLowerBound(lower);
        threshold.setUpperBound(upper);
        threshold.setLabel(switch (status) {
            case ON_TRACK -> "I rute";
            case AT_RISK -> "Usikker";
            case OFF_TRACK -> "Ikke i rute";
        });
        return threshold;
    }

    private BigDecimal value(Template template) {
        double raw = template.low() + context.random.nextDouble() * (template.high() - template.low());
        return round(raw, template.decimals());
    }

    /** The baseline moved {@code steps} × 5–15 % in the good direction. */
    private BigDecimal improve(Template template, BigDecimal baseline, int steps) {
        double factor = steps * (0.05 + context.random.nextDouble() * 0.1);
        double sign = template.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
        double raw = Math.max(template.decimals() > 0 ? 0.1 : 1, baseline.doubleValue() * (1 + sign * factor));
        return round(raw, template.decimals());
    }

    private BigDecimal drift(Template template, BigDecimal baseline) {
        double raw = baseline.doubleValue() * (0.9 + context.random.nextDouble() * 0.2);
        return round(raw, template.decimals());
    }

    /** Rounded to {@code decimals} places (negative: tens, hundreds, ...), never in E notation. */
    private static BigDecimal round(double raw, int decimals) {
        BigDecimal value = BigDecimal.valueOf(raw).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private String format(Template template, BigDecimal value) {
        return String.format(Locale.ROOT, template.format(), numbers.format(value));
    }
}
