package org.veikart.templates.diff;

import java.util.List;

import org.veikart.model.Plan;
import org.veikart.model.PlanElement;

/**
 * The semantic difference of two plans, made by {@link PlanDiffer#compare}. The plans themselves always
 * match each other; a change of the plan's own features is the first entry of {@link #changed}.
 *
 * @param a        the first plan ("old")
 * @param b        the second plan ("new")
 * @param matches  every matched pair, including unchanged ones
 * @param added    elements of B without a match in A, in document order
 * @param removed  elements of A without a match in B, in document order
 * @param changed  matched pairs with differing features, in A's document order
 * @param moved    matched pairs with non-corresponding parents, in A's document order
 */
public record PlanDiff(Plan a, Plan b, List<Match> matches, List<PlanElement> added, List<PlanElement> removed,
		List<ElementChange> changed, List<Move> moved) {

	/** @return true when the plans have the same elements with the same content in the same places */
	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && moved.isEmpty();
	}
}
