package org.veikart.model.io;

import java.io.IOException;
import java.util.Objects;

import org.veikart.model.check.ModelDiagnostic;

/**
 * A model file could not be loaded. Carries exactly one {@link ModelDiagnostic} naming the file, the
 * line and column (0 when unknown) and what is wrong; the exception message is
 * {@link ModelDiagnostic#format()}.
 */
public final class ModelLoadException extends IOException
{
	private static final long serialVersionUID = 1L;

	private final transient ModelDiagnostic diagnostic;

	public ModelLoadException(ModelDiagnostic diagnostic)
	{
		this(diagnostic, null);
	}

	public ModelLoadException(ModelDiagnostic diagnostic, Throwable cause)
	{
		super(Objects.requireNonNull(diagnostic, "diagnostic").format(), cause);
		this.diagnostic = diagnostic;
	}

	/** @return what went wrong and where */
	public ModelDiagnostic diagnostic()
	{
		return diagnostic;
	}
}
