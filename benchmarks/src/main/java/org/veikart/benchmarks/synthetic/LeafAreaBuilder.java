package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Indicator;
import org.veikart.model.NoteKind;
import org.veikart.model.Paragraph;
import org.veikart.model.Plan;
import org.veikart.model.SdgRelationKind;
import org.veikart.model.Section;
import org.veikart.model.Strategy;

/**
 * Builds one leaf focus area in the shape of a Lillestrøm innsatsområde: sometimes an area goal
 * (delmål, occasionally "missing in source" as in Drammen), 2–4 strategies coded "Strategi A",
 * "Strategi B", ... (restarting in every area), each with 1–3 sub-strategies (Delstrategi) and 1–5
 * measures, some measures under sub-strategies or directly under the area, 1–2 indicators linked
 * to the area, its goal and its measures, SDG references, and a prose subsection. Its
 * Identifiable objects never exceed {@link #MAX_ELEMENTS}, which lets the generator stop before
 * overshooting the requested size.
 */
final class LeafAreaBuilder {

    private static final int MAX_STRATEGIES = 4;
    private static final int MAX_SUBS = 3;
    private static final int MAX_MEASURES = 5;
    private static final int MAX_SUB_MEASURES = 2;
    private static final int MAX_AREA_MEASURES = 2;
    private static final int MAX_INDICATORS = 2;
    private static final int MAX_BLOCKS = 3;
    static final int MAX_ELEMENTS = 1 + 1
            + MAX_STRATEGIES * (1 + MAX_SUBS * (1 + MAX_SUB_MEASURES) + MAX_MEASURES)
            + MAX_AREA_MEASURES + MAX_INDICATORS * IndicatorFactory.MAX_ELEMENTS + 1 + MAX_BLOCKS;

    /** A built leaf area and its prose; the caller places both in the area tree. */
    record Leaf(FocusArea area, Section section) {
    }

    private final GenerationContext context;
    private final MeasureFactory measures;
    private final IndicatorFactory indicators;
    private final List<Goal> mainGoals;
    private int indicatorIndex;

    LeafAreaBuilder(GenerationContext context, IndicatorFactory indicators, List<Goal> mainGoals) {
        this.context = context;
        this.measures = new MeasureFactory(context);
        this.indicators = indicators;
        this.mainGoals = mainGoals;
    }

    Leaf build(Plan plan) {
        FocusArea area = context.trace(context.add(context.factory.createFocusArea()));
        String theme = context.text.theme();
        area.setTitle(context.text.area());
        area.getContributesTo().add(context.pick(mainGoals));
        List<Indicator> local = new ArrayList<>();
        int indicatorCount = context.between(1, MAX_INDICATORS);
        for (int i = 0; i < indicatorCount; i++) {
            Indicator indicator = indicators.create(plan, indicatorIndex++, theme);
            area.getMeasuredBy().add(indicator); // guarantees every indicator is linked
            local.add(indicator);
        }
        if (context.chance(0.5)) {
            area.getGoals().add(areaGoal(local));
        }
        addSdgReferences(area);
        int strategyCount = context.chance(0.15) ? 2 : context.chance(0.1) ? MAX_STRATEGIES : 3;
        for (int s = 0; s < strategyCount; s++) {
            area.getStrategies().add(strategy(s, local));
        }
        if (context.chance(0.2)) {
            int count = context.between(1, MAX_AREA_MEASURES);
            for (int i = 0; i < count; i++) {
                area.getMeasures().add(measures.create(local));
            }
        }
        return new Leaf(area, section(area));
    }

    private Goal areaGoal(List<Indicator> local) {
        Goal goal = context.trace(context.add(context.factory.createGoal()));
        goal.setKind(GoalKind.SUB);
        if (context.chance(0.05)) {
            // Drammen: the delmål group exists but its text is missing in the source
            goal.getNotes().add(Notes.note(NoteKind.MISSING_IN_SOURCE, "Delmålet mangler tekst i kilden."));
        } else {
            goal.setTitle(context.text.subGoal());
        }
        goal.getContributesTo().add(context.pick(mainGoals));
        goal.getMeasuredBy().add(local.get(0));
        return goal;
    }

    private void addSdgReferences(FocusArea area) {
        if (context.chance(0.02)) {
            area.getSdgReferences().add(context.sdg.unspecified());
            return;
        }
        int count = context.between(1, 3);
        int first = context.between(1, 17);
        for (int i = 0; i < count; i++) {
            area.getSdgReferences().add(context.sdg.goalReference(1 + (first + 3 * i) % 17, SdgRelationKind.ANCHORED_IN));
        }
    }

    private Strategy strategy(int index, List<Indicator> local) {
        Strategy strategy = context.trace(context.add(context.factory.createStrategy()));
        strategy.setCode("Strategi " + (char) ('A' + index));
        strategy.setTitle(context.text.strategy());
        int subs = context.between(1, MAX_SUBS);
        for (int i = 0; i < subs; i++) {
            Strategy sub = context.trace(context.add(context.factory.createStrategy()));
            sub.setTitle(context.text.subStrategy());
            if (context.chance(0.2)) {
                int count = context.between(1, MAX_SUB_MEASURES);
                for (int m = 0; m < count; m++) {
                    sub.getMeasures().add(measures.create(local));
                }
            }
            strategy.getSubStrategies().add(sub);
        }
        int count = context.between(1, MAX_MEASURES);
        for (int m = 0; m < count; m++) {
            strategy.getMeasures().add(measures.create(local));
        }
        if (context.chance(0.03)) {
            strategy.setOrigin(TemplateOrigins.naeringsvennligKommune(context));
        }
        context.leafStrategies.add(strategy);
        return strategy;
    }

    private Section section(FocusArea area) {
        Section section = context.add(context.factory.createSection());
        section.setTitle(area.getTitle());
        int blocks = context.between(1, MAX_BLOCKS);
        for (int i = 0; i < blocks; i++) {
            Paragraph paragraph = context.add(context.factory.createParagraph());
            paragraph.setText(context.text.paragraph(2, 5));
            section.getBlocks().add(paragraph);
        }
        return section;
    }

    /** Adds one measure to an existing strategy (used to fill the plan up to its exact size). */
    void topUp(Strategy strategy) {
        strategy.getMeasures().add(measures.create(List.of()));
    }
}
