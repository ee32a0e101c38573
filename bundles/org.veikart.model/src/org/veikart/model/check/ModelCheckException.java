package org.veikart.model.check;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an operation (typically saving) is refused because the {@link ModelChecker} found
 * errors. The message lists every diagnostic in {@code file:line:col: severity: message} form.
 */
public final class ModelCheckException extends IOException
{
	private static final long serialVersionUID = 1L;

	private final transient List<ModelDiagnostic> diagnostics;

	/**
	 * @param summary what was refused, e.g. {@code "refusing to save /x/plan.xmi"}
	 * @param diagnostics the findings that caused the refusal (copied)
	 */
	public ModelCheckException(String summary, List<ModelDiagnostic> diagnostics)
	{
		super(summary + ":" + diagnostics.stream().map(d -> "\n  " + d.format()).collect(Collectors.joining()));
		this.diagnostics = List.copyOf(diagnostics);
	}

	/** @return the findings that caused the refusal, unmodifiable */
	public List<ModelDiagnostic> diagnostics()
	{
		return diagnostics;
	}
}
