package org.veikart.templates.diff;

import java.util.List;

/**
 * A matched pair whose features differ.
 *
 * @param match   the pair
 * @param changes the differing features, in metamodel order
 */
public record ElementChange(Match match, List<FeatureChange> changes) {
}
