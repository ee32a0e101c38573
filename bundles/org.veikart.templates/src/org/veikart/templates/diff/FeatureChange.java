package org.veikart.templates.diff;

/**
 * One feature that differs between matched elements.
 *
 * @param feature  the feature's name ("title", "text", "recurrence", ...; "element" for the element's class)
 * @param oldValue the value in plan A, null when unset there
 * @param newValue the value in plan B, null when unset there
 */
public record FeatureChange(String feature, String oldValue, String newValue) {
}
