package org.veikart.generator.html;

/** The start and end shared by every page of the report: doctype, head, skip link, footer. */
final class Document {

	static final String INDEX = "index.html";
	static final String STYLESHEET = "veikart-report.css";
	static final String MAIN = "innhold";

	private Document() {
	}

	static void start(HtmlWriter html, String title) {
		html.trusted("<!DOCTYPE html>\n");
		html.open("html", "lang", "nb").newline().open("head");
		html.empty("meta", "charset", "utf-8");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		html.empty("meta", "name", "generator", "content", "Veikart");
		html.element("title", title + " – Veikart");
		html.empty("link", "rel", "stylesheet", "href", STYLESHEET);
		html.close("head").newline().open("body");
		html.link("#" + MAIN, "Hopp til innholdet", "class", "skip-link").newline();
	}

	static void end(HtmlWriter html) {
		html.open("footer", "class", "site").element("p", "Laget med Veikart fra planens modell. Tekstene er gjengitt ordrett fra kildedokumentene.")
				.close("footer").newline();
		html.close("body").close("html").newline();
	}
}
