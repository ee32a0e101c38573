package org.veikart.generator.html;

/**
 * One section of a plan page (goal tree, indicators, SDG matrix, ...). The page writes each view
 * that has content as {@code <section id="sectionId()">} with an {@code <h2>} title and lists it in
 * the table of contents; the view writes what comes below the title, with headings from h3 on.
 */
interface ReportView {

	/** @return the section's id, unique on the page and never an element id (they start with "del-") */
	String sectionId();

	/** @return the section title in the plan's words */
	String title(PageContext page);

	/** @return false to leave the section out */
	boolean hasContent(PageContext page);

	void render(PageContext page, HtmlWriter html);
}
