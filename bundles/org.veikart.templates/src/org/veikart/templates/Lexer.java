package org.veikart.templates;

/**
 * Tracks, while scanning plan-language text left to right, whether the current offset is inside a
 * string literal, a line comment or a block comment (the plan language's terminals: {@code "..."} and
 * {@code '...'} with backslash escapes, {@code //} and {@code /* *}{@code /}).
 */
final class Lexer {

	private enum State { CODE, STRING, LINE_COMMENT, BLOCK_COMMENT }

	private final String text;
	private int position;
	private State state = State.CODE;
	private char quote;

	Lexer(String text) {
		this.text = text;
	}

	/** Moves forward to {@code offset} (never backwards), updating the state. */
	void advanceTo(int offset) {
		while (position < offset) {
			char c = text.charAt(position);
			switch (state) {
				case CODE -> {
					if (c == '"' || c == '\'') {
						state = State.STRING;
						quote = c;
					} else if (text.startsWith("//", position)) {
						state = State.LINE_COMMENT;
					} else if (text.startsWith("/*", position)) {
						state = State.BLOCK_COMMENT;
						position++;
					}
				}
				case STRING -> {
					if (c == '\\') {
						position++;
					} else if (c == quote) {
						state = State.CODE;
					}
				}
				case LINE_COMMENT -> state = c == '\n' ? State.CODE : state;
				case BLOCK_COMMENT -> {
					if (text.startsWith("*/", position)) {
						state = State.CODE;
						position++;
					}
				}
			}
			position++;
		}
	}

	boolean inString() {
		return state == State.STRING;
	}

	boolean inComment() {
		return state == State.LINE_COMMENT || state == State.BLOCK_COMMENT;
	}
}
