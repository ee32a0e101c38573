package org.veikart.model.text;

/**
 * The one HTML escape every Veikart HTML and SVG writer passes plan text through.
 * <p>
 * Takes any string (null is treated as empty) and guarantees a result that is safe both as element
 * content and inside a double- or single-quoted attribute value: {@code & < > " '} are replaced by
 * entities, and characters XML 1.0 forbids (control characters other than tab, line feed and carriage
 * return, lone surrogates, U+FFFE/U+FFFF) are dropped, so the output also parses as XML (SVG, XHTML).
 * It does not make a URL safe: check the scheme before putting plan text into {@code href}
 * (see {@link #isSafeUrl(String)}).
 */
public final class HtmlEscape {

	private HtmlEscape() {
	}

	/** Escapes {@code text} for element content and quoted attribute values. */
	public static String escape(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		append(out, text);
		return out.toString();
	}

	/** Appends {@code text}, escaped as {@link #escape(String)} does, to {@code out}. */
	public static void append(StringBuilder out, String text) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> i = appendChecked(out, text, i, c);
			}
		}
	}

	/**
	 * True when {@code url} may be used as a link target: http, https or mailto, or a relative
	 * reference (fragment, path) without a scheme. {@code javascript:}, {@code data:} and every other
	 * scheme are refused, also when hidden by case, whitespace or control characters.
	 */
	public static boolean isSafeUrl(String url) {
		if (url == null) {
			return false;
		}
		String compact = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(java.util.Locale.ROOT);
		int colon = compact.indexOf(':');
		int firstDelimiter = firstIndexOf(compact, "/?#");
		if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon)) {
			return true; // relative reference: no scheme
		}
		String scheme = compact.substring(0, colon);
		return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
	}

	private static int appendChecked(StringBuilder out, String text, int i, char c) {
		if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
			out.append(c).append(text.charAt(i + 1));
			return i + 1;
		}
		if (isXmlChar(c)) {
			out.append(c);
		}
		return i;
	}

	private static boolean isXmlChar(char c) {
		if (Character.isSurrogate(c)) {
			return false; // a lone surrogate; pairs are handled by the caller
		}
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
	}

	private static int firstIndexOf(String s, String chars) {
		int best = -1;
		for (char c : chars.toCharArray()) {
			int at = s.indexOf(c);
			if (at >= 0 && (best < 0 || at < best)) {
				best = at;
			}
		}
		return best;
	}
}
