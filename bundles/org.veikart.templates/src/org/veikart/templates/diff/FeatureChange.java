package org.veikart.templates.diff;

/**
 * One feature that differs between matched elements.
 *
 * @param feature  the feature's name ("title", "text", "recurrence", ...; "element" for the element's class)
 * @param oldValue the value in plan A, null when unset there
 * @param newValue the value in plan B, null when unset there
 * @param text     true when the values are texts (shown quoted); false when they are already rendered
 *                 (element classes, counts, numbers, enumerations, value objects, references)
 */
public record FeatureChange(String feature, String oldValue, String newValue, boolean text) {

	/** A change of a text value. */
	public FeatureChange(String feature, String oldValue, String newValue) {
		this(feature, oldValue, newValue, true);
	}
}
