package org.veikart.model.io;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ElementLabels;
import org.veikart.model.check.ElementLocations.Location;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.check.ResourceFiles;
import org.veikart.model.check.Severity;
import org.xml.sax.SAXParseException;

/**
 * Turns whatever loading threw (and the errors EMF recorded on the resource) into one
 * {@link ModelLoadException} with a clear message, the file, and the line and column of the first
 * problem.
 */
final class LoadFailures
{
	private LoadFailures()
	{
	}

	static ModelLoadException toException(Exception failure, Resource resource, SourceText source)
	{
		if (failure instanceof ModelLoadException already)
		{
			return already;
		}
		String file = ResourceFiles.displayName(resource);
		List<Resource.Diagnostic> errors = resource.getErrors();
		Resource.Diagnostic first = errors.isEmpty() ? null : errors.get(0);
		Throwable cause = rootCause(first instanceof Throwable t ? t : failure);
		boolean malformed = cause instanceof SAXParseException || cause instanceof CharConversionException;
		if (first == null && !malformed)
		{
			return new ModelLoadException(ioDiagnostic(file, failure), failure);
		}
		Location at = position(first, cause, malformed, source);
		String more = errors.size() == 2 ? " (and 1 more problem)"
				: errors.size() > 2 ? " (and " + (errors.size() - 1) + " more problems)" : "";
		String code;
		String message;
		if (source.isBlank())
		{
			code = ModelIssueCodes.LOAD_EMPTY_FILE;
			message = "the file is empty; expected a Veikart model in XMI";
			at = new Location(Math.max(at.line(), 1), Math.max(at.column(), 1));
			more = "";
		}
		else if (first instanceof PackageNotFoundException missing)
		{
			code = ModelIssueCodes.LOAD_UNKNOWN_PACKAGE;
			message = missing.uri() == null ? "the root element has no namespace: this is not a Veikart plan file"
					: "unknown model package '" + missing.uri() + "': this is not a Veikart plan file";
			more = ""; // the other errors are consequences (no class of that package can be created)
		}
		else if (malformed && source.contains("<!DOCTYPE"))
		{
			code = ModelIssueCodes.LOAD_DOCTYPE_NOT_ALLOWED;
			message = "DOCTYPE declarations are not allowed in Veikart files (they enable external entities"
					+ " and entity expansion); remove the <!DOCTYPE ...> declaration";
			more = "";
		}
		else if (malformed)
		{
			code = ModelIssueCodes.LOAD_MALFORMED_XML;
			message = "not well-formed XML (is the file truncated or corrupt?): " + cause.getMessage();
		}
		else if (first instanceof UnresolvedReferenceException unresolved && unresolved.getObject() != null)
		{
			code = ModelIssueCodes.LOAD_INVALID_CONTENT;
			message = ElementLabels.describe(unresolved.getObject()) + ": '" + unresolved.getFeature().getName()
					+ "' refers to '" + unresolved.getReference() + "', which is not the id of any element in the file";
		}
		else if (first instanceof FeatureNotFoundException unknown && unknown.getObject() != null)
		{
			code = ModelIssueCodes.LOAD_INVALID_CONTENT;
			message = ElementLabels.name(unknown.getObject()) + " has no feature '" + unknown.getName()
					+ "': the file does not match the Veikart model";
		}
		else
		{
			code = ModelIssueCodes.LOAD_INVALID_CONTENT;
			message = "content does not match the Veikart model: " + withoutLocation(first);
		}
		return new ModelLoadException(
				new ModelDiagnostic(Severity.ERROR, code, message + more, file, at.line(), at.column(), null), failure);
	}

	/**
	 * Parse errors are positioned where the parser stopped. EMF's model errors (unknown package,
	 * feature, reference) are positioned where SAX stood, at the end of the element's start tag, so
	 * they are moved to the start of that tag.
	 */
	private static Location position(Resource.Diagnostic first, Throwable cause, boolean malformed,
			SourceText source)
	{
		if (cause instanceof SAXParseException parse)
		{
			return new Location(parse.getLineNumber(), parse.getColumnNumber());
		}
		if (first == null)
		{
			return new Location(0, 0);
		}
		if (malformed)
		{
			return new Location(first.getLine(), first.getColumn());
		}
		return source.tagStart(first.getLine(), first.getColumn());
	}

	/** EMF appends "(location, line, column)" to its messages; the diagnostic has its own position. */
	private static String withoutLocation(Resource.Diagnostic diagnostic)
	{
		String message = diagnostic.getMessage();
		String suffix = " (" + diagnostic.getLocation() + ", " + diagnostic.getLine() + ", " + diagnostic.getColumn()
				+ ")";
		return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
	}

	/** @return the diagnostic for a file that could not be read at all */
	static ModelDiagnostic ioDiagnostic(String file, Throwable failure)
	{
		Throwable cause = rootCause(failure);
		String reason;
		if (cause instanceof NoSuchFileException)
		{
			reason = "file not found";
		}
		else if (cause instanceof AccessDeniedException)
		{
			reason = "permission denied";
		}
		else
		{
			reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		}
		return new ModelDiagnostic(Severity.ERROR, ModelIssueCodes.LOAD_IO_ERROR, "cannot read the file: " + reason,
				file, 0, 0, null);
	}

	/** Unwraps EMF's and SAX's wrappers down to the exception that says what happened. */
	private static Throwable rootCause(Throwable failure)
	{
		Throwable current = failure;
		for (int depth = 0; depth < 10; depth++)
		{
			Throwable next = null;
			if (current instanceof Resource.IOWrappedException wrapped)
			{
				next = wrapped.getCause();
			}
			else if (current instanceof XMIException xmi)
			{
				next = xmi.getWrappedException();
			}
			else if (current instanceof org.eclipse.emf.common.util.WrappedException wrapped)
			{
				next = wrapped.exception();
			}
			else if (current instanceof IOException && !(current instanceof NoSuchFileException)
					&& current.getCause() != null)
			{
				next = current.getCause();
			}
			if (next == null || next == current)
			{
				return current;
			}
			current = next;
		}
		return current;
	}
}
