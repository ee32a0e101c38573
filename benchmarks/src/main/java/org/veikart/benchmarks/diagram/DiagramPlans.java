package org.veikart.benchmarks.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.benchmarks.synthetic.SyntheticPlans;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Strategy;

/**
 * Synthetic plans whose plan tree has about a given number of nodes (plan, goals, focus areas,
 * strategies, measures): a synthetic plan of a suitable size ({@link SyntheticPlans}, fixed seed),
 * trimmed by removing measures from the end (references to them are removed too).
 */
final class DiagramPlans {

    static final long SEED = 20261122L;

    private DiagramPlans() {
    }

    static Plan withTreeNodes(int nodes) {
        Plan plan = SyntheticPlans.generate(Math.max(SyntheticPlans.MIN_ELEMENTS, nodes * 2), SEED);
        List<Measure> measures = new ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Measure m) {
                measures.add(m);
            }
        });
        int excess = treeNodes(plan) - nodes;
        Set<EObject> removed = new HashSet<>();
        for (int i = measures.size() - 1; i >= 0 && excess > 0; i--, excess--) {
            removed.add(measures.get(i));
            EcoreUtil.remove(measures.get(i));
        }
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof PlanElement element) {
                element.getVariantOf().removeAll(removed);
                element.getContributesTo().removeAll(removed);
            }
        });
        return plan;
    }

    /** @return the number of nodes of the plan tree: the plan and its goals, areas, strategies, measures */
    static int treeNodes(Plan plan) {
        int[] count = {1};
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Goal || o instanceof FocusArea || o instanceof Strategy || o instanceof Measure) {
                count[0]++;
            }
        });
        return count[0];
    }
}
