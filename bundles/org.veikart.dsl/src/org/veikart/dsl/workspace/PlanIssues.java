package org.veikart.dsl.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

/**
 * Turns Xtext's {@link Issue}s (parser, linker, validation) into the model's {@link ModelDiagnostic}s,
 * so the command line reports both formats alike: same severities, the issue's code (or
 * {@link #UNCODED}), its line and 1-based column (0 when unknown). Issues without a severity the
 * model knows (Xtext's IGNORE) are dropped; the order is kept.
 */
public final class PlanIssues {

	/** Code of findings that Xtext reports without one (none expected; the record needs a code). */
	public static final String UNCODED = "veikart.dsl.problem";

	private PlanIssues() {
	}

	/** @param file the file name to report the diagnostics on */
	public static List<ModelDiagnostic> toDiagnostics(List<Issue> issues, String file) {
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : issues) {
			Severity severity = switch (issue.getSeverity()) {
				case ERROR -> Severity.ERROR;
				case WARNING -> Severity.WARNING;
				case INFO -> Severity.INFO;
				default -> null;
			};
			if (severity != null) {
				diagnostics.add(new ModelDiagnostic(severity, issue.getCode() == null ? UNCODED : issue.getCode(),
						issue.getMessage(), file, orZero(issue.getLineNumber()), orZero(issue.getColumn()), null));
			}
		}
		return diagnostics;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
