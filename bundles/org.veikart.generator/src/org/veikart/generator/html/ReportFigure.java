package org.veikart.generator.html;

/**
 * A diagram for a plan page of the HTML report, rendered inside {@code <section id="diagrams">} as
 * {@code <figure id="diagram-KEY">} with the SVG inline and the title and description as caption.
 *
 * @param key         short, unique per plan, used in the figure's id (e.g. "goals")
 * @param title       caption title (plain text, escaped)
 * @param svgMarkup   an {@code <svg>} element from Veikart's own SVG renderer; inserted unescaped
 *                    (trusted), so it must never contain unescaped plan text
 * @param description longer caption text (plain text, escaped; may be null)
 */
public record ReportFigure(String key, String title, String svgMarkup, String description) {
}
