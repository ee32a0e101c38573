package org.veikart.model.check;

import java.util.Locale;

/**
 * How serious a {@link ModelDiagnostic} is. Only {@link #ERROR} blocks saving; the lower-case
 * {@link #label()} is what appears in formatted output ({@code "error"}, {@code "warning"},
 * {@code "info"}).
 */
public enum Severity
{
	/** The model is broken (it cannot be saved or would lose information). */
	ERROR,
	/** The model is valid but probably not what the author meant. */
	WARNING,
	/** A remark that needs no action, e.g. a known gap in the source document. */
	INFO;

	/** @return the lower-case name used in formatted diagnostics */
	public String label()
	{
		return name().toLowerCase(Locale.ROOT);
	}
}
