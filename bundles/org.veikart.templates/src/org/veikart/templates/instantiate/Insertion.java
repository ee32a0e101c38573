package org.veikart.templates.instantiate;

import java.util.List;

import org.veikart.model.PlanElement;

/**
 * What {@link Instantiator#insert} added to a plan.
 *
 * @param container the element the template's top-level content went into
 * @param placed    the top-level elements placed there, in template order (after any re-kinding)
 * @param indicators the template's indicators, added to the plan's indicators
 */
public record Insertion(PlanElement container, List<PlanElement> placed, List<? extends PlanElement> indicators) {

	/** @return all added top-level elements: {@link #placed} then {@link #indicators} */
	public List<PlanElement> all() {
		return java.util.stream.Stream.concat(placed.stream(), indicators.stream()).toList();
	}
}
