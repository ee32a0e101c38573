package org.veikart.generator.html;

import java.util.regex.Pattern;

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

	/** @return "#111111" or "#ffffff", whichever contrasts more with {@code hex} */
	static String textOn(String hex) {
		double l = luminance(hex);
		double withDark = (l + 0.05) / (luminance("#111111") + 0.05);
		double withWhite = 1.05 / (l + 0.05);
		return withDark >= withWhite ? "#111111" : "#ffffff";
	}

	private static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
