package org.veikart.templates.update;

import java.util.List;

/**
 * The result of updating one plan: one {@link TemplateUpdate} per template version found in the plan's
 * origins, in the order first met.
 *
 * @param planId  the plan's id
 * @param updates per template version
 */
public record UpdateReport(String planId, List<TemplateUpdate> updates) {

	/** @return the number of conflicts over all templates */
	public long conflicts() {
		return updates.stream().mapToLong(TemplateUpdate::conflicts).sum();
	}

	/** @return true when the plan was changed and should be written */
	public boolean changesPlan() {
		return updates.stream().anyMatch(TemplateUpdate::changesPlan);
	}
}
