package org.veikart.sdg;

/**
 * Readable text on the SDG colours. The official tiles use white text throughout, which fails WCAG
 * contrast on the light goals (7 yellow, 11 orange, 2 mustard); Veikart's report and diagrams pick
 * near-black or white per colour, whichever has the higher contrast ratio.
 */
public final class SdgColours {

	/** The dark text colour, used where white contrasts less. */
	public static final String DARK_TEXT = "#111111";

	/** The light text colour. */
	public static final String LIGHT_TEXT = "#ffffff";

	private SdgColours() {
	}

	/**
	 * @param hex a colour as {@code #RRGGBB}
	 * @return {@link #DARK_TEXT} or {@link #LIGHT_TEXT}, whichever contrasts more with {@code hex}
	 * @throws IllegalArgumentException if {@code hex} is not {@code #RRGGBB}
	 */
	public static String textOn(String hex) {
		return contrast(hex, DARK_TEXT) >= contrast(hex, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
	}

	/**
	 * @return the WCAG 2 contrast ratio of two {@code #RRGGBB} colours, from 1 to 21
	 * @throws IllegalArgumentException if either is not {@code #RRGGBB}
	 */
	public static double contrast(String hexA, String hexB) {
		double a = luminance(hexA);
		double b = luminance(hexB);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String hex) {
		if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
		}
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
