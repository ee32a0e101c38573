package org.veikart.generator.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses report pages strictly as XML (the report emits XHTML-compatible HTML) and answers questions about them. */
final class Pages {

	private Pages() {
	}

	static Document parse(String name, byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(content));
		} catch (Exception e) {
			fail(name + " is not well-formed: " + e.getMessage());
			return null;
		}
	}

	static List<Element> elements(Document document, String tag) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = document.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add((Element) nodes.item(i));
		}
		return result;
	}

	/** @return every id on the page; fails on a duplicate */
	static Set<String> ids(String name, Document document) {
		Set<String> ids = new HashSet<>();
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			String id = ((Element) all.item(i)).getAttribute("id");
			if (!id.isEmpty()) {
				assertTrue(ids.add(id), name + ": id \"" + id + "\" used twice");
			}
		}
		return ids;
	}

	/** Fails for an internal link (same page, other page, other page's anchor) that does not resolve. */
	static void checkLinks(Map<String, byte[]> files) {
		Map<String, Set<String>> idsByPage = new java.util.HashMap<>();
		Map<String, Document> documents = new java.util.HashMap<>();
		for (var entry : files.entrySet()) {
			if (entry.getKey().endsWith(".html")) {
				Document document = parse(entry.getKey(), entry.getValue());
				documents.put(entry.getKey(), document);
				idsByPage.put(entry.getKey(), ids(entry.getKey(), document));
			}
		}
		for (var entry : documents.entrySet()) {
			for (Element link : elements(entry.getValue(), "a")) {
				String href = link.getAttribute("href");
				if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
					continue;
				}
				int hash = href.indexOf('#');
				String page = hash < 0 ? href : hash == 0 ? entry.getKey() : href.substring(0, hash);
				assertTrue(idsByPage.containsKey(page), entry.getKey() + ": link to missing page " + href);
				if (hash >= 0) {
					assertTrue(idsByPage.get(page).contains(href.substring(hash + 1)), entry.getKey() + ": broken link " + href);
				}
			}
			for (Element link : elements(entry.getValue(), "link")) {
				assertTrue(files.containsKey(link.getAttribute("href")), "missing " + link.getAttribute("href"));
			}
		}
	}
}
