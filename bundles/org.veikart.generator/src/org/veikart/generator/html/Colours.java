package org.veikart.generator.html;

import java.util.regex.Pattern;

import org.veikart.sdg.SdgColours;

/**
 * Inline colour styles for the SDG colours: only a well-formed {@code #RRGGBB} is ever put into a
 * style attribute, and the text colour (near-black or white) is the one with the higher WCAG contrast
 * ratio against it, so yellow goal 7 gets dark text and red goal 1 white text.
 */
final class Colours {

	private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

	private Colours() {
	}

	/** @return "background:#..;color:#..", or null when {@code hex} is not a colour */
	static String style(String hex) {
		if (hex == null || !HEX.matcher(hex).matches()) {
			return null;
		}
		return "background:" + hex + ";color:" + textOn(hex);
	}

	/** @return the near-black or white text colour that contrasts more with {@code hex} */
	static String textOn(String hex) {
		return SdgColours.textOn(hex);
	}
}
