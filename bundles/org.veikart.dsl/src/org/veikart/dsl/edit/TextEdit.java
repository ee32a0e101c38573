package org.veikart.dsl.edit;

/**
 * Replace {@code length} characters at {@code offset} of a plan's original text with {@code text}
 * (an insertion when length is 0, a deletion when text is empty). Offsets always refer to the
 * original text, never to a partly edited one; {@link PlanTextEdits} applies them together.
 */
public record TextEdit(int offset, int length, String text) {

	/** @return an insertion of {@code text} at {@code offset} */
	public static TextEdit insert(int offset, String text) {
		return new TextEdit(offset, 0, text);
	}

	/** @return the offset just after the replaced characters */
	public int end() {
		return offset + length;
	}
}
