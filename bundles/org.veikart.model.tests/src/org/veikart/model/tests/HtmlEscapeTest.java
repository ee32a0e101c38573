package org.veikart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.model.text.HtmlEscape;
import org.w3c.dom.Document;

class HtmlEscapeTest {

	@Test
	void escapesMarkupAndBothQuotes() {
		assertEquals("&lt;script&gt;alert(&quot;x&quot;&amp;&#39;y&#39;)&lt;/script&gt;",
				HtmlEscape.escape("<script>alert(\"x\"&'y')</script>"));
	}

	@Test
	void keepsNorwegianTextAndSupplementaryCharacters() {
		assertEquals("Næringsvennlig kommune – bærekraft 🌍", HtmlEscape.escape("Næringsvennlig kommune – bærekraft 🌍"));
	}

	@Test
	void nullIsEmpty() {
		assertEquals("", HtmlEscape.escape(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "a\u0007b", "a\uD800b", "a\uDC00b", "a\uFFFEb" })
	void dropsCharactersXmlForbids(String hostile) throws Exception {
		String escaped = HtmlEscape.escape(hostile);
		assertEquals("ab", escaped);
		String xml = "<r a=\"" + escaped + "\">" + escaped + "</r>";
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertEquals("ab", doc.getDocumentElement().getTextContent());
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
			"data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "file:///etc/passwd" })
	void refusesDangerousUrls(String url) {
		assertFalse(HtmlEscape.isSafeUrl(url), url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://www.lillestrom.kommune.no/", "http://example.org/a:b", "mailto:post@kommune.no",
			"#goal-7f3kq2m9", "plan.html#x", "../a/b.html", "a/b:c" })
	void acceptsWebAndRelativeUrls(String url) {
		assertTrue(HtmlEscape.isSafeUrl(url), url);
	}
}
