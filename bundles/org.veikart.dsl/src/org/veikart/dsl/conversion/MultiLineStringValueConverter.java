package org.veikart.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Strings as the plan language writes them: like Java strings, but line breaks and tabs stay literal
 * when a value is written back, so multi-line prose serializes as readable multi-line text instead of
 * one long line full of {@code \n}. Reading accepts both forms (escape sequences and literal breaks).
 * Quotes, backslashes, carriage returns and other control characters are escaped.
 */
public class MultiLineStringValueConverter extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		StringBuilder result = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> result.append("\\\"");
				case '\\' -> result.append("\\\\");
				case '\r' -> result.append("\\r");
				case '\n', '\t' -> result.append(c);
				default -> {
					if (c < 0x20) {
						result.append(String.format("\\u%04x", (int) c));
					} else {
						result.append(c);
					}
				}
			}
		}
		return result.append('"').toString();
	}
}
