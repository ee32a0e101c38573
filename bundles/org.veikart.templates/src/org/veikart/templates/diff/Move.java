package org.veikart.templates.diff;

import org.veikart.model.PlanElement;

/**
 * A matched pair whose parents do not correspond: the element sits under another element in plan B.
 *
 * @param match     the pair
 * @param oldParent the parent in plan A
 * @param newParent the parent in plan B
 */
public record Move(Match match, PlanElement oldParent, PlanElement newParent) {
}
