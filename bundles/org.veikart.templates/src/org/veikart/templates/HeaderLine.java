package org.veikart.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one {@code //@} header line: bare words and double-quoted strings (with {@code \"}
 * and {@code \\} escapes), each with its 1-based column, so the header parser can point at the bad one.
 */
final class HeaderLine {

	/** One token; {@code quoted} tells a string literal from a bare word. */
	record Token(String text, boolean quoted, int column) {
	}

	private HeaderLine() {
	}

	/**
	 * @param line  the whole line
	 * @param start the index just after {@code //@}
	 * @return the tokens
	 * @throws IllegalArgumentException with "column N: ..." for an unterminated string
	 */
	static List<Token> tokens(String line, int start) {
		List<Token> tokens = new ArrayList<>();
		int i = start;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '"') {
				StringBuilder text = new StringBuilder();
				int j = i + 1;
				while (j < line.length() && line.charAt(j) != '"') {
					if (line.charAt(j) == '\\' && j + 1 < line.length()) {
						j++;
					}
					text.append(line.charAt(j++));
				}
				if (j >= line.length()) {
					throw new IllegalArgumentException("column " + (i + 1) + ": the string is not closed with \"");
				}
				tokens.add(new Token(text.toString(), true, i + 1));
				i = j + 1;
			} else {
				int j = i;
				while (j < line.length() && !Character.isWhitespace(line.charAt(j))) {
					j++;
				}
				tokens.add(new Token(line.substring(i, j), false, i + 1));
				i = j;
			}
		}
		return tokens;
	}
}
