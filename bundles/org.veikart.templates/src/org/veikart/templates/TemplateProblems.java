package org.veikart.templates;

import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

/** Issue codes and constructors for the template bundle's error diagnostics. */
public final class TemplateProblems {

	/** The template header is malformed (missing id or version, bad line). */
	public static final String HEADER = "veikart.template.header";
	/** A parameter is missing, unknown, unfilled or has an unusable value. */
	public static final String PARAMETER = "veikart.template.parameter";
	/** The filled-in template text does not parse, link or validate. */
	public static final String CONTENT = "veikart.template.content";
	/** The template cannot go where it was asked to go. */
	public static final String PLACEMENT = "veikart.template.placement";
	/** A library problem: unknown template or version, duplicate id and version. */
	public static final String LIBRARY = "veikart.template.library";

	private TemplateProblems() {
	}

	/** @return an error diagnostic (line and column 1-based, 0 when unknown) */
	public static ModelDiagnostic error(String code, String message, String file, int line, int column) {
		return new ModelDiagnostic(Severity.ERROR, code, message, file, line, column, null);
	}
}
