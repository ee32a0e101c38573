package org.veikart.generator.html;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.veikart.model.text.HtmlEscape;

/**
 * Renders the Markdown of prose blocks with commonmark: raw HTML in the text is escaped (shown, never
 * interpreted), link targets must pass {@link HtmlEscape#isSafeUrl} (others become empty), and images
 * are replaced by their alt text, because a report loads nothing from the network. Thread-safe.
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
			.urlSanitizer(new SafeUrls()).build();

	private Markdown() {
	}

	/** @return XHTML-compatible markup for {@code text}; empty for null */
	static String render(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(text);
		List<Image> images = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				images.add(image);
			}
		});
		for (Image image : images) {
			StringBuilder alt = new StringBuilder();
			for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Text t) {
					alt.append(t.getLiteral());
				}
			}
			image.insertBefore(new Text(alt.toString()));
			image.unlink();
		}
		return RENDERER.render(document);
	}

	/** Keeps http(s), mailto and relative link targets; images never reach the renderer. */
	private static final class SafeUrls implements UrlSanitizer {
		@Override
		public String sanitizeLinkUrl(String url) {
			return HtmlEscape.isSafeUrl(url) ? url : "";
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return "";
		}
	}
}
