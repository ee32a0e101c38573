package org.veikart.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.generator.Examples;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Term;
import org.veikart.model.TermLevel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every example renders; links, anchors, headings, table headers and the plan's vocabulary are right. */
class HtmlReportTest {

	private static Map<String, byte[]> files;

	@BeforeAll
	static void render() throws java.io.IOException {
		files = new HtmlReport(ReportFigureSource.NONE).render(Examples.roots());
		// left for a look in a browser (not an assertion): target/report-sample/index.html
		org.veikart.generator.StagedOutput.publish(java.nio.file.Path.of("target", "report-sample"), files);
	}

	@Test
	void oneNamedPagePerPlanPlusIndexAndStylesheet() {
		for (Plan plan : Examples.plans()) {
			assertTrue(files.containsKey(plan.getId() + ".html"), files.keySet().toString());
		}
		assertTrue(files.containsKey("index.html"));
		assertTrue(files.containsKey("veikart-report.css"));
		assertEquals(Examples.plans().size() + 2, files.size(), files.keySet().toString());
	}

	@Test
	void noInternalLinkIsBroken() {
		Pages.checkLinks(files);
	}

	@Test
	void everyPlanElementHasItsAnchor() {
		for (Plan plan : Examples.plans()) {
			Document page = Pages.parse(plan.getId(), files.get(plan.getId() + ".html"));
			Set<String> ids = Pages.ids(plan.getId(), page);
			assertTrue(ids.contains(plan.getId()));
			for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
				if (it.next() instanceof PlanElement element) {
					assertTrue(ids.contains(element.getId()), plan.getId() + ".html has no anchor for " + element.getId());
				}
			}
		}
	}

	@Test
	void pagesAreAccessible() {
		for (var entry : files.entrySet()) {
			if (!entry.getKey().endsWith(".html")) {
				continue;
			}
			Document page = Pages.parse(entry.getKey(), entry.getValue());
			assertEquals("nb", page.getDocumentElement().getAttribute("lang"));
			assertEquals(1, Pages.elements(page, "h1").size(), entry.getKey() + ": one h1");
			assertEquals(1, Pages.elements(page, "main").size());
			assertEquals("#innhold", Pages.elements(page, "a").get(0).getAttribute("href"), "skip link first");
			for (Element th : Pages.elements(page, "th")) {
				assertFalse(th.getAttribute("scope").isEmpty(), entry.getKey() + ": th without scope: " + th.getTextContent());
			}
			int previous = 1;
			for (Element heading : headings(page)) {
				int level = heading.getTagName().charAt(1) - '0';
				assertTrue(level <= previous + 1, entry.getKey() + ": " + heading.getTagName() + " after h" + previous
						+ " (" + heading.getTextContent() + ")");
				previous = level;
			}
			String text = new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8);
			assertFalse(text.contains("<script"), entry.getKey() + ": no scripts");
			assertFalse(text.matches("(?s).*(src|href)=\"(https?:)?//[^\"]*\\.(css|js|woff2?|png|svg)\".*"), entry.getKey() + ": network resource");
		}
	}

	@Test
	void usesThePlansOwnWords() {
		for (Plan plan : Examples.plans()) {
			String page = new String(files.get(plan.getId() + ".html"), java.nio.charset.StandardCharsets.UTF_8);
			for (Term term : plan.getVocabulary()) {
				if (term.getLevel() == TermLevel.FOCUS_AREA && !plan.getFocusAreas().isEmpty()) {
					// headings and labels start with a capital letter whatever the plan's spelling ("satsinger")
					String plural = Terms.capitalised(term.getPlural());
					assertTrue(page.contains(">" + plural + "</h2>"), plan.getId() + ": no section titled " + plural);
					assertTrue(page.contains("<span class=\"term\">" + Terms.capitalised(term.getSingular()) + "</span>"),
							plan.getId() + ": " + term.getSingular());
				}
			}
		}
	}

	@Test
	void sdgMatrixCellsHoldCodesExplainedInALegendNotWordsThatBreak() {
		boolean anyRelation = false;
		for (Plan plan : Examples.plans()) {
			String page = new String(files.get(plan.getId() + ".html"), java.nio.charset.StandardCharsets.UTF_8);
			java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<span class=\"hit-text\">([^<]*)</span>").matcher(page);
			while (cells.find()) {
				for (String hit : cells.group(1).split(", ")) {
					assertTrue(hit.matches("[BFSK]?|\\d+\\.\\w+"), plan.getId() + ": a cell says \"" + hit + "\"");
					anyRelation |= hit.equals("F");
				}
			}
			if (page.contains("class=\"sdg-matrix\"")) {
				assertTrue(page.contains("F = Forankret i"), plan.getId() + ": no legend for the codes");
			}
		}
		assertTrue(anyRelation, "some example anchors a goal (Forankret i)");
	}

	@Test
	void diagramsGoIntoTheirSlotAndTheTableOfContents() {
		ReportFigure figure = new ReportFigure("goals", "Måltre", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>", "Mål & strategier");
		Plan plan = Examples.plans().get(0);
		Map<String, byte[]> withFigures = new HtmlReport(p -> p == plan ? List.of(figure) : List.of()).render(Examples.roots());
		Document page = Pages.parse("page", withFigures.get(plan.getId() + ".html"));
		Element section = page.getElementById("diagrams");
		section = section != null ? section : find(page, "section", "diagrams");
		assertTrue(section != null, "no diagrams section");
		Element figureElement = find(page, "figure", "diagram-goals");
		assertTrue(figureElement != null && figureElement.getElementsByTagName("svg").getLength() == 1, "figure with inline svg");
		assertTrue(figureElement.getElementsByTagName("figcaption").item(0).getTextContent().contains("Mål & strategier"));
		assertTrue(Pages.elements(page, "a").stream().anyMatch(a -> a.getAttribute("href").equals("#diagram-goals")), "toc entry");
		Pages.checkLinks(withFigures);
		Document without = Pages.parse("page", files.get(plan.getId() + ".html"));
		assertTrue(find(without, "section", "diagrams") == null, "NONE leaves the section out");
	}

	private static Element find(Document page, String tag, String id) {
		return Pages.elements(page, tag).stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElse(null);
	}

	private static List<Element> headings(Document page) {
		List<Element> result = new java.util.ArrayList<>();
		var all = page.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (e.getTagName().matches("h[1-6]")) {
				result.add(e);
			}
		}
		return result;
	}
}
