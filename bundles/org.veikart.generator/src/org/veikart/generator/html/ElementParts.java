package org.veikart.generator.html;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Goal;
import org.veikart.model.Note;
import org.veikart.model.NoteKind;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgReference;

/**
 * The pieces every plan element shows wherever a view puts it: a heading line (the plan's word for
 * the level, the printed code, the verbatim title), the verbatim text, and its links (indicators,
 * SDGs, elements it contributes to, variants) and notes. All text goes through {@link HtmlWriter}.
 */
final class ElementParts {

	private ElementParts() {
	}

	/** Writes {@code <tag id="...">term code title</tag>}; the id only the first time on the page. */
	static void heading(PageContext page, HtmlWriter html, String tag, PlanElement element, String term) {
		html.open(tag, "id", page.anchor(element), "class", "element-title");
		if (term != null && !term.isBlank()) {
			html.element("span", term, "class", "term").text(" ");
		}
		if (element.getCode() != null && !element.getCode().isBlank()) {
			html.element("span", element.getCode(), "class", "code").text(" ");
		}
		html.text(element.getTitle());
		if (element.isMissingInSource()) {
			html.text(" ").element("span", "Mangler i kilden", "class", "missing");
		}
		html.close(tag);
	}

	/** Writes the element's text and its links and notes (nothing for what is empty). */
	static void body(PageContext page, HtmlWriter html, PlanElement element) {
		paragraphs(html, element.getText());
		if (element instanceof Goal goal && goal.getQuotedFrom() != null) {
			var quote = goal.getQuotedFrom();
			html.open("p", "class", "quoted").text("Sitert fra ");
			if (quote.getSourcePlan() != null && page.href(quote.getSourcePlan()) != null) {
				html.link(page.href(quote.getSourcePlan()), PageContext.label(quote.getSourcePlan()));
			} else {
				html.text(quote.getSourceTitle());
			}
			if (quote.getPage() != null) {
				html.text(", " + quote.getPage());
			}
			html.close("p");
		}
		links(page, html, "Måles med", element.getMeasuredBy());
		links(page, html, "Bidrar til", element.getContributesTo());
		links(page, html, element.isDuplicate() ? "Gjentar" : "Variant av", element.getVariantOf());
		sdgs(html, element.getSdgReferences());
		notes(html, element.getNotes());
	}

	/** Writes verbatim text: blank lines separate paragraphs, single line breaks are kept. */
	static void paragraphs(HtmlWriter html, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			html.open("p");
			String[] lines = paragraph.split("\\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.empty("br");
				}
				html.text(lines[i]);
			}
			html.close("p");
		}
	}

	/** Writes "Label: a, b" with links where the targets have a place in the report. */
	static void links(PageContext page, HtmlWriter html, String label, List<? extends EObject> targets) {
		if (targets.isEmpty()) {
			return;
		}
		html.open("p", "class", "links").element("span", label + ": ", "class", "label");
		for (int i = 0; i < targets.size(); i++) {
			if (i > 0) {
				html.text(", ");
			}
			html.link(page.href(targets.get(i)), PageContext.label(targets.get(i)));
		}
		html.close("p");
	}

	private static void sdgs(HtmlWriter html, List<SdgReference> references) {
		if (references.isEmpty()) {
			return;
		}
		html.open("ul", "class", "sdgs", "aria-label", "FNs bærekraftsmål");
		for (SdgReference reference : references) {
			SdgChip.write(html, reference);
		}
		html.close("ul");
	}

	static void notes(HtmlWriter html, List<Note> notes) {
		for (Note note : notes) {
			html.open("p", "class", note.getKind() == NoteKind.MISSING_IN_SOURCE ? "note missing-note" : "note")
					.element("span", Labels.of(note.getKind()) + ": ", "class", "label").text(note.getText()).close("p");
		}
	}
}
