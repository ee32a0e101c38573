package org.veikart.generator.html;

import org.veikart.model.BulletList;
import org.veikart.model.FactBox;
import org.veikart.model.FigureCaption;
import org.veikart.model.Paragraph;
import org.veikart.model.ProseBlock;
import org.veikart.model.Quote;
import org.veikart.model.Section;
import org.veikart.model.Source;
import org.veikart.model.SourceList;

/**
 * The plan's prose: sections with sub-sections (headings h3 to h6, deeper ones as h6), paragraphs
 * rendered from Markdown ({@link Markdown}: raw HTML escaped), quotes with attribution, fact boxes,
 * figure captions, bullet lists and source lists linking to the sources.
 */
final class ProseView implements ReportView {

	@Override
	public String sectionId() {
		return "del-tekst";
	}

	@Override
	public String title(PageContext page) {
		return "Planens tekst";
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !page.plan().getSections().isEmpty();
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		for (Section section : page.plan().getSections()) {
			section(page, html, section, 3);
		}
	}

	private void section(PageContext page, HtmlWriter html, Section section, int level) {
		html.open("section", "class", "prose", "id", page.anchor(section));
		String title = ((section.getCode() == null ? "" : section.getCode() + " ")
				+ (section.getTitle() == null ? "" : section.getTitle())).strip();
		if (!title.isEmpty()) {
			html.element("h" + Math.min(level, 6), title);
		}
		for (ProseBlock block : section.getBlocks()) {
			block(page, html, block);
		}
		ElementParts.notes(html, section.getNotes());
		for (Section sub : section.getSubsections()) {
			section(page, html, sub, title.isEmpty() ? level : level + 1);
		}
		html.close("section");
	}

	private static void block(PageContext page, HtmlWriter html, ProseBlock block) {
		String id = page.anchor(block);
		switch (block) {
			case Quote quote -> {
				html.open("figure", "class", "quote", "id", id).open("blockquote").trusted(Markdown.render(quote.getText())).close("blockquote");
				if (quote.getAttribution() != null) {
					html.element("figcaption", "— " + quote.getAttribution());
				}
				html.close("figure");
			}
			case FactBox box -> {
				html.open("aside", "class", "factbox", "id", id);
				if (box.getTitle() != null) {
					html.open("p", "class", "factbox-title").element("strong", box.getTitle()).close("p");
				}
				html.trusted(Markdown.render(box.getText()));
				items(html, box.getItems());
				html.close("aside");
			}
			case FigureCaption figure -> {
				html.open("figure", "class", "figure-caption", "id", id);
				if (figure.getImage() != null) {
					html.element("p", "Bilde: " + figure.getImage(), "class", "image-ref");
				}
				html.open("figcaption").trusted(Markdown.render(figure.getText())).close("figcaption").close("figure");
			}
			case BulletList list -> {
				html.open("div", "class", "bullets", "id", id).trusted(Markdown.render(list.getText()));
				items(html, list.getItems());
				html.close("div");
			}
			case SourceList list -> {
				html.open("div", "class", "source-list", "id", id).trusted(Markdown.render(list.getText())).open("ul");
				for (Source source : list.getEntries()) {
					html.open("li").link(page.href(source), source.getTitle()).close("li");
				}
				html.close("ul").close("div");
			}
			case Paragraph paragraph -> html.open("div", "class", "paragraph", "id", id)
					.trusted(Markdown.render(paragraph.getText())).close("div");
			default -> html.open("div", "id", id).trusted(Markdown.render(block.getText())).close("div");
		}
		ElementParts.notes(html, block.getNotes());
	}

	private static void items(HtmlWriter html, java.util.List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		html.open("ul");
		for (String item : items) {
			html.element("li", item);
		}
		html.close("ul");
	}
}
