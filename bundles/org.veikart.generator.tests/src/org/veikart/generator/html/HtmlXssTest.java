package org.veikart.generator.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.veikart.generator.FullModel;
import org.veikart.generator.diagrams.DiagramFigures;
import org.veikart.model.Plan;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Hostile text in every string attribute of every kind of element (set reflectively from the
 * metamodel) comes out as text: no script element, no event-handler attribute, no javascript: link,
 * no style other than the report's colours, and the payload is still visible as text.
 */
class HtmlXssTest {

	private static final String PAYLOAD = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)></style></script>"
			+ "<a href=\"javascript:alert(3)\">x</a> [klikk](javascript:alert(4)) ![bilde](http://example.org/x.png)";

	private static String valueFor(EAttribute attribute) {
		String name = attribute.getName().toLowerCase(Locale.ROOT);
		if (name.contains("url")) {
			return " JaVaScRiPt:alert(5)";
		}
		if (name.contains("colour")) {
			return "red;background:url(javascript:alert(6))";
		}
		return PAYLOAD;
	}

	@Test
	void hostileTextInEveryFieldIsEscaped() {
		checkReport(ReportFigureSource.NONE);
	}

	@Test
	void hostileTextInEveryFieldIsEscapedInTheDiagramsToo() {
		Map<String, byte[]> files = checkReport(DiagramFigures.standard());
		String pages = files.values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).reduce("", String::concat);
		assertTrue(pages.contains("data-element-id="), "the hostile plan's diagrams are in the report");
	}

	private static Map<String, byte[]> checkReport(ReportFigureSource figures) {
		Plan plan = FullModel.build(HtmlXssTest::valueFor);
		Map<String, byte[]> files = new HtmlReport(figures).render(List.of(plan));
		Pages.checkLinks(files);
		for (var entry : files.entrySet()) {
			if (!entry.getKey().endsWith(".html")) {
				continue;
			}
			String text = new String(entry.getValue(), StandardCharsets.UTF_8);
			Document page = Pages.parse(entry.getKey(), entry.getValue());
			assertTrue(Pages.elements(page, "script").isEmpty(), "script element in " + entry.getKey());
			assertTrue(Pages.elements(page, "img").isEmpty(), "img element in " + entry.getKey());
			assertTrue(Pages.elements(page, "style").isEmpty(), "style element in " + entry.getKey());
			NodeList all = page.getElementsByTagName("*");
			for (int i = 0; i < all.getLength(); i++) {
				checkAttributes((Element) all.item(i));
			}
			assertFalse(text.toLowerCase(Locale.ROOT).contains("<script"), "raw <script in " + entry.getKey());
			if (entry.getKey().equals(plan.getId() + ".html")) {
				assertTrue(page.getDocumentElement().getTextContent().contains("<script>alert(1)</script>\"'>"),
						"the payload should be shown as text");
			}
		}
		return files;
	}

	private static void checkAttributes(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getName().toLowerCase(Locale.ROOT);
			String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
			assertFalse(name.startsWith("on"), "event handler " + name + " on " + element.getTagName());
			// text attributes (aria-label, title) may show the payload as text; URL-bearing ones may not carry it
			if (name.matches("href|xlink:href|src|action|formaction|style")) {
				assertFalse(value.contains("javascript:"), name + "=" + attribute.getValue() + " on " + element.getTagName());
			}
			if (name.equals("style")) {
				assertTrue(value.matches("background:#[0-9a-f]{6};color:#[0-9a-f]{6}"), "style " + value);
			}
		}
	}
}
