package org.veikart.templates.update;

/**
 * One finding of a template update, for one element (and one feature, where it applies).
 *
 * @param kind              what happened
 * @param elementId         the plan element's id (for {@link Kind#ADDED}: the new element's id)
 * @param templateElementId the element's id in the template
 * @param feature           the feature ("title", "text", ...), or null for whole elements
 * @param base              the value in the version the plan was made from, or null
 * @param ours              the plan's value (before the update), or null
 * @param theirs            the value in the new version, or null
 * @param message           a sentence for the report
 */
public record UpdateEntry(Kind kind, String elementId, String templateElementId, String feature, String base, String ours,
		String theirs, String message) {

	/** What happened to an element or feature. */
	public enum Kind {
		/** Changed upstream only: the new value was applied. */
		APPLIED,
		/** Changed locally only: the local value was kept. */
		KEPT,
		/** Changed both upstream and locally, differently: the local value was kept and must be reviewed. */
		CONFLICT,
		/** Added upstream: inserted into the plan. */
		ADDED,
		/** Removed upstream and unchanged locally: removed from the plan. */
		REMOVED
	}

	/** @return true for {@link Kind#CONFLICT} */
	public boolean isConflict() {
		return kind == Kind.CONFLICT;
	}
}
