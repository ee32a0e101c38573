package org.veikart.templates;

import java.util.List;
import java.util.stream.Collectors;

import org.veikart.model.check.ModelDiagnostic;

/**
 * A template cannot be read, filled in or placed. Carries every problem found, each with file, line and
 * column ({@link ModelDiagnostic#format()}); the message lists them one per line.
 */
public final class TemplateException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ModelDiagnostic> problems;

	/** @param problems at least one problem */
	public TemplateException(List<ModelDiagnostic> problems) {
		super(problems.stream().map(ModelDiagnostic::format).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** @return the problems, in the order found */
	public List<ModelDiagnostic> problems() {
		return problems;
	}
}
