package org.veikart.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in filled-in template text back to the template file, so parser and validation
 * problems of an instance are reported at the template's own line and column although placeholders
 * were replaced by values of other lengths.
 */
public final class SourceMap {

	private record Edit(int filledStart, int filledEnd, int rawStart, int rawEnd) {
	}

	private final List<Edit> edits = new ArrayList<>();
	private final String raw;

	SourceMap(String raw) {
		this.raw = raw;
	}

	void replaced(int filledStart, int filledEnd, int rawStart, int rawEnd) {
		edits.add(new Edit(filledStart, filledEnd, rawStart, rawEnd));
	}

	/** @return the offset in the template file for {@code filledOffset} (a replaced value maps to its placeholder) */
	public int rawOffset(int filledOffset) {
		int delta = 0;
		for (Edit edit : edits) {
			if (filledOffset < edit.filledStart()) {
				break;
			}
			if (filledOffset < edit.filledEnd()) {
				return edit.rawStart();
			}
			delta = edit.rawEnd() - edit.filledEnd();
		}
		return filledOffset + delta;
	}

	/** @return the 1-based line of a template-file offset */
	public int line(int rawOffset) {
		int line = 1;
		for (int i = 0; i < Math.min(rawOffset, raw.length()); i++) {
			if (raw.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** @return the 1-based column of a template-file offset */
	public int column(int rawOffset) {
		int offset = Math.min(rawOffset, raw.length());
		return offset - raw.lastIndexOf('\n', offset - 1);
	}
}
