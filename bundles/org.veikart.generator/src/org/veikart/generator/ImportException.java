package org.veikart.generator;

import java.util.List;

/**
 * An import that found problems; it carries all of them (not just the first), each with file, line
 * and column. When it is thrown, no model was built and nothing was changed.
 */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	/** @param problems at least one problem */
	public ImportException(List<ImportProblem> problems) {
		super(problems.get(0).format() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
		this.problems = List.copyOf(problems);
	}

	/** @return every problem, in the order found */
	public List<ImportProblem> problems() {
		return problems;
	}
}
