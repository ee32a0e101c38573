package org.veikart.templates.diff;

import org.veikart.model.PlanElement;

/**
 * One element of plan A paired with one element of plan B.
 *
 * @param a     the element in the first plan
 * @param b     the element in the second plan
 * @param kind  how they were matched
 * @param score the similarity of their statements (1 for id and origin matches with equal text)
 */
public record Match(PlanElement a, PlanElement b, MatchKind kind, double score) {
}
