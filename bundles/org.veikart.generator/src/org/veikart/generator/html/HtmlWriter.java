package org.veikart.generator.html;

import org.veikart.model.text.HtmlEscape;

/**
 * The one choke point through which every HTML report page is written. Text and attribute values
 * always pass {@link HtmlEscape#escape}; link targets pass {@link HtmlEscape#isSafeUrl} or are
 * dropped; tag and attribute names are the report's own constants. Markup that is not escaped can
 * only enter through {@link #trusted(String)}, which is reserved for Veikart's own markup (the
 * Markdown renderer's output with raw HTML escaped, SVG from Veikart's renderer). The output is
 * XHTML-compatible (every element closed, attributes quoted), so it also parses as XML.
 */
public final class HtmlWriter {

	private final StringBuilder out;

	public HtmlWriter() {
		this(new StringBuilder(8192));
	}

	HtmlWriter(StringBuilder out) {
		this.out = out;
	}

	/**
	 * Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out.
	 *
	 * @return this writer
	 */
	public HtmlWriter open(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		return this;
	}

	/** Writes an empty element such as {@code <meta .../>}. */
	public HtmlWriter empty(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	/** Closes {@code tag}. */
	public HtmlWriter close(String tag) {
		out.append("</").append(tag).append('>');
		return this;
	}

	/** Writes {@code text} escaped (null writes nothing). */
	public HtmlWriter text(String text) {
		HtmlEscape.append(out, text);
		return this;
	}

	/** Writes {@code <tag attributes>text</tag>} with the text escaped. */
	public HtmlWriter element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	/**
	 * Writes a link, or only the text if {@code href} is null or not a safe URL (e.g. {@code javascript:}).
	 */
	public HtmlWriter link(String href, String text, String... attributes) {
		if (href == null || !HtmlEscape.isSafeUrl(href)) {
			return text(text);
		}
		String[] all = new String[attributes.length + 2];
		all[0] = "href";
		all[1] = href;
		System.arraycopy(attributes, 0, all, 2, attributes.length);
		return element("a", text, all);
	}

	/**
	 * Appends markup as it is. Only for markup Veikart itself produced and vouches for: never plan text.
	 */
	public HtmlWriter trusted(String markup) {
		out.append(markup);
		return this;
	}

	/** Appends a line break in the source (for readable output). */
	public HtmlWriter newline() {
		out.append('\n');
		return this;
	}

	private void attributes(String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"");
				HtmlEscape.append(out, attributes[i + 1]);
				out.append('"');
			}
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
