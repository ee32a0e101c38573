package org.veikart.templates.diff;

/** How two elements of two plans were found to be the same element, in the order tried. */
public enum MatchKind {
	/** The two plans themselves: always matched to each other. */
	PLAN,
	/** Same stable id (two versions of one plan). */
	ID,
	/** Same template origin: template id and element id (two plans made from one template). */
	ORIGIN,
	/** Similar title and text, at least {@link Similarity#THRESHOLD}. */
	SIMILARITY
}
