package org.veikart.diagram.model;

import org.veikart.diagram.description.EdgeStyle;
import org.veikart.diagram.description.NodeStyle;

/**
 * One line of a diagram's legend: a sample node style or edge style and what it means.
 *
 * @param label     the meaning, e.g. "Hovedmål" or "bidrar til"
 * @param nodeStyle the sample shape, or null for an edge entry
 * @param edgeStyle the sample line, or null for a node entry
 */
public record LegendEntry(String label, NodeStyle nodeStyle, EdgeStyle edgeStyle) {
}
