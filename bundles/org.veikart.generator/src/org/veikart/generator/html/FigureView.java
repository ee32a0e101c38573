package org.veikart.generator.html;

import java.util.List;

/**
 * The diagrams of a plan page: {@code <figure id="diagram-KEY">} with the trusted inline SVG and a
 * caption of title and description (escaped). The section id is {@code diagrams}, as the diagram
 * embedding relies on.
 */
final class FigureView implements ReportView {

	private final List<ReportFigure> figures;

	FigureView(List<ReportFigure> figures) {
		this.figures = List.copyOf(figures);
	}

	@Override
	public String sectionId() {
		return "diagrams";
	}

	@Override
	public String title(PageContext page) {
		return "Diagrammer";
	}

	@Override
	public boolean hasContent(PageContext page) {
		return !figures.isEmpty();
	}

	/** @return the figures, for the table of contents */
	List<ReportFigure> figures() {
		return figures;
	}

	@Override
	public void render(PageContext page, HtmlWriter html) {
		for (ReportFigure figure : figures) {
			html.open("figure", "id", "diagram-" + figure.key(), "class", "diagram");
			html.open("div", "class", "diagram-canvas").trusted(figure.svgMarkup() == null ? "" : figure.svgMarkup()).close("div");
			html.open("figcaption").element("strong", figure.title());
			if (figure.description() != null && !figure.description().isBlank()) {
				html.text(" " + figure.description());
			}
			html.close("figcaption").close("figure");
		}
	}
}
