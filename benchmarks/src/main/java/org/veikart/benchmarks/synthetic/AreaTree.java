package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Plan;
import org.veikart.model.SdgRelationKind;
import org.veikart.model.Section;

/**
 * The focus-area hierarchy: top-level innsatsområder ("1.", "2.", ...) with the SDG anchoring of
 * seed 002, and the leaf areas placed under them. Up to {@value #FAN_OUT} leaves per top area hang
 * directly below it ("1.3"); a larger plan gets an intermediate level of groups of
 * {@value #FAN_OUT} leaves ("1.4" → "1.4.2"), as a kommuneplan's sectors would. Each leaf's prose
 * section becomes a subsection of its top area's section.
 */
final class AreaTree {

    static final int FAN_OUT = 8;
    private static final List<String> TOP_TITLES = List.of(
            "Fremtidsrettede virksomheter innenfor klima, miljø, energi og helse",
            "Innovasjon, gründerskap og klynger", "Opplevelser og kreative næringer",
            "Attraktiv bo- og arbeidskommune", "Næringsvennlig kommune", "Kompetanse og arbeidskraft",
            "Grønn omstilling og sirkulærøkonomi", "Landbruk og matproduksjon");
    /** Lillestrøm 002: area 1 -> 3, 7, 13; 2 -> 8, 9; 3 -> 8, 11; 4 -> 11; 5 -> 9, 17; then 4, 12 and 2, 15. */
    private static final int[][] TOP_SDGS = {{3, 7, 13}, {8, 9}, {8, 11}, {11}, {9, 17}, {4}, {12}, {2, 15}};

    private final GenerationContext context;
    private final List<FocusArea> tops = new ArrayList<>();

    AreaTree(GenerationContext context) {
        this.context = context;
    }

    /** Number of top-level areas: 5 as in the seeds, one more per decade of size above 1000. */
    static int topCount(int requestedSize) {
        int extra = (int) Math.max(0, Math.floor(Math.log10(requestedSize / 1000.0)));
        return Math.min(TOP_TITLES.size(), 5 + extra);
    }

    /** Intermediate areas needed to hang {@code leaves} leaf areas under {@code topCount} tops. */
    static int groupsNeeded(int leaves, int topCount) {
        return leaves <= FAN_OUT * topCount ? 0 : (leaves + FAN_OUT - 1) / FAN_OUT;
    }

    List<FocusArea> createTops(Plan plan, int count, List<Goal> mainGoals) {
        for (int i = 0; i < count; i++) {
            FocusArea area = context.trace(context.add(context.factory.createFocusArea()));
            area.setCode((i + 1) + ".");
            area.setTitle(TOP_TITLES.get(i));
            area.getContributesTo().add(mainGoals.get(i % mainGoals.size()));
            for (int sdg : TOP_SDGS[i]) {
                area.getSdgReferences().add(context.sdg.goalReference(sdg, SdgRelationKind.ANCHORED_IN));
            }
            plan.getFocusAreas().add(area);
            tops.add(area);
        }
        return tops;
    }

    /** Places the leaves (in order) under the tops and their sections under the tops' sections. */
    void attach(List<LeafAreaBuilder.Leaf> leaves, List<Section> topSections) {
        int groups = groupsNeeded(leaves.size(), tops.size());
        if (groups == 0) {
            for (int i = 0; i < leaves.size(); i++) {
                int top = i * tops.size() / leaves.size();
                place(tops.get(top), leaves.get(i), topSections.get(top));
            }
            return;
        }
        for (int g = 0; g < groups; g++) {
            int top = g * tops.size() / groups;
            FocusArea group = context.trace(context.add(context.factory.createFocusArea()));
            FocusArea parent = tops.get(top);
            group.setCode(parent.getCode() + (parent.getSubAreas().size() + 1));
            group.setTitle(context.text.area());
            parent.getSubAreas().add(group);
            for (int i = g * FAN_OUT; i < Math.min(leaves.size(), (g + 1) * FAN_OUT); i++) {
                place(group, leaves.get(i), topSections.get(top));
            }
        }
    }

    private static void place(FocusArea parent, LeafAreaBuilder.Leaf leaf, Section topSection) {
        String parentCode = parent.getCode().endsWith(".") ? parent.getCode() : parent.getCode() + ".";
        leaf.area().setCode(parentCode + (parent.getSubAreas().size() + 1));
        parent.getSubAreas().add(leaf.area());
        leaf.section().setCode(leaf.area().getCode());
        topSection.getSubsections().add(leaf.section());
    }
}
