package org.veikart.templates;

/**
 * Where a placeholder's value comes from while a template is filled in.
 */
@FunctionalInterface
public interface ParameterValues {

	/**
	 * @param parameter the declared parameter
	 * @param inString  true inside a string literal (any text allowed), false in plain text (years, numbers)
	 * @return the value, or null when there is none (a missing required parameter)
	 */
	String value(TemplateParameter parameter, boolean inString);
}
