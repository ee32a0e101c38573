package org.veikart.generator;

/**
 * A model that a generator cannot write faithfully, e.g. a reference to an element that was never
 * loaded or an element without id. The message names the element and says what to do; nothing has
 * been presented as complete output when this is thrown.
 */
public final class ExportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ExportException(String message) {
		super(message);
	}
}
