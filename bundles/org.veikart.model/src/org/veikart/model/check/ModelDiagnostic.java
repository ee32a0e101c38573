package org.veikart.model.check;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding about a model or a model file: what is wrong ({@code code}, {@code message}), how
 * serious it is, and where ({@code file}, 1-based {@code line} and {@code column}; 0 when unknown).
 * {@code element} is the model element concerned, or {@code null} for problems of the file itself
 * (e.g. a load failure).
 *
 * @param severity how serious the finding is; never null
 * @param code a constant from {@link ModelIssueCodes}; never null
 * @param message a specific, human-readable description; never null
 * @param file the file (path or URI) the finding belongs to; may be null when unknown
 * @param line 1-based line, 0 when unknown (negative values are stored as 0)
 * @param column 1-based column, 0 when unknown (negative values are stored as 0)
 * @param element the element concerned, or null
 */
public record ModelDiagnostic(Severity severity, String code, String message, String file, int line, int column,
		EObject element)
{
	/** Used by {@link #format()} when the file is unknown. */
	public static final String UNKNOWN_FILE = "<unknown>";

	public ModelDiagnostic
	{
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
		line = Math.max(0, line);
		column = Math.max(0, column);
	}

	/**
	 * @return {@code "file:line:col: severity: message"}, the format compilers use, so editors and
	 *         terminals can link it to the position
	 */
	public String format()
	{
		return (file == null ? UNKNOWN_FILE : file) + ":" + line + ":" + column + ": " + severity.label() + ": "
				+ message;
	}

	@Override
	public String toString()
	{
		return format() + " [" + code + "]";
	}
}
