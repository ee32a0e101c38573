package org.veikart.diagram.sync;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.sdg.Sdgs;

/**
 * The ids a representation file of a plan may legitimately name: every identifiable element in the
 * plan, every element it refers to (shared actors, indicators of other plans), and the SDG goals.
 * Used to drop stale entries.
 */
public final class KnownIds {

    private KnownIds() {
    }

    public static Set<String> of(Plan plan) {
        Set<String> ids = new HashSet<>();
        add(ids, plan);
        plan.eAllContents().forEachRemaining(object -> {
            add(ids, object);
            object.eCrossReferences().forEach(target -> add(ids, target));
        });
        Sdgs.catalogue().getGoals().forEach(goal -> add(ids, goal));
        return ids;
    }

    private static void add(Set<String> ids, EObject object) {
        if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
            ids.add(identifiable.getId());
        }
    }
}
