package org.veikart.benchmarks.synthetic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.veikart.model.Cost;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.NoteKind;
import org.veikart.model.Priority;
import org.veikart.model.Recurrence;
import org.veikart.model.Schedule;
import org.veikart.model.SdgRelationKind;

/**
 * Measures (tiltak) as action plans write them: a short imperative sentence; mostly a schedule
 * within the plan period 2022–2024; a responsible actor for most and partners for some;
 * recurrence "årlig"/"løpende" for some; rarely status, priority and cost (the seeds fill none,
 * users expect them). About 2 % repeat an earlier measure verbatim ({@code duplicate}, linked with
 * {@code variantOf}), like "Årlig utlysning av næringsfond" in seed 001. Each call creates exactly
 * one Identifiable (the measure); the caller adds it to its container.
 */
final class MeasureFactory {

    private final GenerationContext context;

    MeasureFactory(GenerationContext context) {
        this.context = context;
    }

    /** @param localIndicators indicators of the same focus area, linked from about a third of the measures */
    Measure create(List<Indicator> localIndicators) {
        Measure measure = context.trace(context.add(context.factory.createMeasure()));
        if (!context.measures.isEmpty() && context.chance(0.02)) {
            Measure original = context.pick(context.measures);
            measure.setTitle(original.getTitle());
            measure.setDuplicate(true);
            measure.getVariantOf().add(original);
        } else {
            measure.setTitle(context.text.measure());
        }
        if (context.chance(0.2)) {
            measure.setText(measure.getTitle() + " " + context.text.extraSentence());
        }
        if (context.chance(0.7)) {
            measure.setSchedule(schedule());
        }
        setRecurrence(measure);
        if (context.chance(0.6)) {
            measure.setResponsible(context.actors.responsible());
        }
        if (context.chance(0.4)) {
            int partners = context.between(1, 3);
            for (int i = 0; i < partners; i++) {
                measure.getPartners().add(context.actors.partner()); // unique list: repeats are ignored
            }
        }
        if (context.chance(0.3)) {
            measure.setStatus(context.pick(List.of(MeasureStatus.PLANNED, MeasureStatus.ONGOING,
                    MeasureStatus.COMPLETED, MeasureStatus.POSTPONED)));
        }
        if (context.chance(0.2)) {
            measure.setPriority(context.pick(List.of(Priority.HIGH, Priority.MEDIUM, Priority.LOW)));
        }
        if (context.chance(0.1)) {
            measure.setCost(cost());
        }
        linkIndicators(measure, localIndicators);
        if (context.chance(0.1)) {
            measure.getSdgReferences().add(context.sdg.targetReference(context.between(1, 17),
                    context.between(0, SdgStubs.TARGETS_PER_GOAL - 1)));
            measure.getSdgReferences().get(0).setKind(SdgRelationKind.CONTRIBUTES_TO);
        }
        if (context.chance(0.02)) {
            measure.getNotes().add(Notes.note(NoteKind.COMMENT, "Tiltaket er flyttet fra forrige handlingsplan."));
        }
        context.measures.add(measure);
        return measure;
    }

    private Schedule schedule() {
        Schedule schedule = context.factory.createSchedule();
        int start = context.between(2022, 2024);
        int end = context.between(start, 2024);
        for (int year = start; year <= end; year++) {
            schedule.getYears().add(year);
        }
        schedule.setStart(Integer.toString(start));
        schedule.setEnd(Integer.toString(end));
        schedule.setText(start == end ? Integer.toString(start) : start + "–" + end);
        return schedule;
    }

    private void setRecurrence(Measure measure) {
        double roll = context.random.nextDouble();
        if (roll < 0.15) {
            measure.setRecurrence(Recurrence.ANNUAL);
            measure.setRecurrenceText("årlig");
        } else if (roll < 0.2) {
            measure.setRecurrence(Recurrence.CONTINUOUS);
            measure.setRecurrenceText("løpende");
        } else if (roll < 0.23) {
            measure.setRecurrence(Recurrence.ONCE);
        }
    }

    private Cost cost() {
        Cost cost = context.factory.createCost();
        int amount = context.between(1, 40) * 50_000;
        cost.setAmount(BigDecimal.valueOf(amount));
        cost.setText(String.format(Locale.ROOT, "%,d kr per år", amount).replace(',', ' '));
        return cost;
    }

    private void linkIndicators(Measure measure, List<Indicator> localIndicators) {
        if (!localIndicators.isEmpty() && context.chance(0.35)) {
            measure.getMeasuredBy().add(context.pick(localIndicators));
            if (context.chance(0.3)) {
                measure.getMeasuredBy().add(context.pick(localIndicators));
            }
        }
        if (context.chance(0.05)) {
            // cross-area link: the same indicator serves measures in several areas (many-to-many)
            measure.getMeasuredBy().add(context.pick(context.indicators));
        }
    }
}
