package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.veikart.model.FocusArea;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.PlanPart;
import org.veikart.model.PartKind;
import org.veikart.model.Strategy;

/**
 * Synthetic municipal plans of a requested size, for benchmarks and load tests of every later
 * module (DSL parse, JSON/HTML export, diagrams).
 *
 * <p>Takes an element count and a seed; returns a {@link Plan} (not in a resource) shaped like the
 * Lillestrøm handlingsplan (seed 001) scaled up: period, parts and vocabulary; a shared actor pool
 * with aliases; hovedambisjon, hovedmål with delmål and effektmål; top-level innsatsområder with
 * sub-areas, strategies coded "Strategi A".."C" (restarting per area), sub-strategies and measures
 * (Norwegian sentences, schedules, responsible/partners, recurrence, a few duplicates); indicators
 * with baseline, targets and actuals linked many-to-many to goals, areas and measures; SDG
 * references; prose sections and sources.
 *
 * <p>Guarantees: the same (count, seed) gives the same plan, ids included; the number of
 * {@link Identifiable} objects in the plan's containment tree (the plan included) equals
 * {@code elementCount} exactly; every such object has a unique id. SDG references point to stub
 * goals/targets in a separate catalogue resource with URI {@code veikart:/sdg/2020} (as the real
 * catalogue), which is neither part of the plan nor counted.
 */
public final class SyntheticPlans {

    /** Smallest accepted size: the fixed skeleton plus room for one full leaf area. */
    public static final int MIN_ELEMENTS = 300;
    /** The place names and actors are Lillestrøm's, so the municipality is too. */
    private static final String MUNICIPALITY = "Lillestrøm";

    private SyntheticPlans() {
    }

    /**
     * @param elementCount number of Identifiable objects the plan shall contain, at least {@value #MIN_ELEMENTS}
     * @param seed         any value; equal seeds give equal plans
     */
    public static Plan generate(int elementCount, long seed) {
        if (elementCount < MIN_ELEMENTS) {
            throw new IllegalArgumentException("elementCount " + elementCount + " is below the minimum " + MIN_ELEMENTS);
        }
        GenerationContext context = new GenerationContext(seed);
        context.sdg = new SdgStubs();
        IndicatorFactory indicators = new IndicatorFactory(context);
        PlanSkeleton skeleton = new PlanSkeleton(context);
        Plan plan = skeleton.build(MUNICIPALITY, elementCount, indicators);

        int topCount = AreaTree.topCount(elementCount);
        AreaTree tree = new AreaTree(context);
        List<FocusArea> tops = tree.createTops(plan, topCount, skeleton.mainGoals());
        var topSections = new ProseBuilder(context).build(plan, tops);

        LeafAreaBuilder builder = new LeafAreaBuilder(context, indicators, skeleton.mainGoals());
        List<LeafAreaBuilder.Leaf> leaves = new ArrayList<>();
        // stop while a worst-case leaf plus the grouping areas it may require still fits
        while (context.count() + LeafAreaBuilder.MAX_ELEMENTS
                + AreaTree.groupsNeeded(leaves.size() + 1, topCount) <= elementCount) {
            leaves.add(builder.build(plan));
        }
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("elementCount " + elementCount + " leaves no room for a focus area");
        }
        tree.attach(leaves, topSections);
        fillUp(context, builder, elementCount);
        linkParts(plan, skeleton, tops);
        return plan;
    }

    /** Counts the Identifiable objects in the containment tree of {@code root}, root included. */
    public static int countElements(EObject root) {
        int count = root instanceof Identifiable ? 1 : 0;
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identifiable) {
                count++;
            }
        }
        return count;
    }

    /** Adds measures round-robin over the leaf strategies (shuffled) until the size is exact. */
    private static void fillUp(GenerationContext context, LeafAreaBuilder builder, int elementCount) {
        List<Strategy> strategies = new ArrayList<>(context.leafStrategies);
        Collections.shuffle(strategies, context.random);
        for (int i = 0; context.count() < elementCount; i++) {
            builder.topUp(strategies.get(i % strategies.size()));
        }
        if (context.count() != elementCount) {
            throw new IllegalStateException("generated " + context.count() + " elements instead of " + elementCount);
        }
    }

    private static void linkParts(Plan plan, PlanSkeleton skeleton, List<FocusArea> tops) {
        for (PlanPart part : plan.getParts()) {
            if (part.getKind() == PartKind.STRATEGY_PART) {
                part.getElements().addAll(skeleton.mainGoals());
            } else if (part.getKind() == PartKind.ACTION_PART) {
                part.getElements().addAll(tops);
            }
        }
    }
}
