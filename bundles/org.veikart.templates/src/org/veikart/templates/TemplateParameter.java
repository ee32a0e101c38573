package org.veikart.templates;

/**
 * One declared parameter of a template ({@code //@ param kommune "Kommunens navn" default "..."}).
 *
 * @param name         the name used in placeholders, {@code ${name}}: letters, digits, '.', '_', '-'
 * @param description  what to fill in, for listings and wizards; never null (may be empty)
 * @param defaultValue the value used when none is given, or null when the parameter is required
 * @param line         the 1-based header line that declares it
 */
public record TemplateParameter(String name, String description, String defaultValue, int line) {

	/** @return true when instantiating needs a value for this parameter */
	public boolean required() {
		return defaultValue == null;
	}
}
