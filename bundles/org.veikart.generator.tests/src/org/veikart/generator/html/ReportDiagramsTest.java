package org.veikart.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.diagram.Diagrams;
import org.veikart.generator.Examples;
import org.veikart.generator.diagrams.DiagramFigures;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report's plan pages carry every representation as inline SVG whose nodes link to the elements' anchors. */
class ReportDiagramsTest {

	private static Map<String, byte[]> files;

	@BeforeAll
	static void render() {
		files = new HtmlReport(DiagramFigures.standard()).render(Examples.roots());
	}

	@Test
	void everyPlanPageHasAFigurePerRepresentationWithNodes() {
		Diagrams diagrams = Diagrams.standard();
		List<String> names = diagrams.representations().stream().map(d -> d.name()).toList();
		assertEquals(List.of("tree", "sdg", "indicators", "timeline"), names);
		int figures = 0;
		int empty = 0;
		for (Plan plan : Examples.plans()) {
			Document page = page(plan);
			for (String name : names) {
				boolean hasNodes = diagrams.layout(plan, name, null, Map.of()).allNodes().findAny().isPresent();
				Element figure = byId(page, "figure", "diagram-" + name);
				assertEquals(hasNodes, figure != null, plan.getId() + ": figure for " + name);
				if (figure != null) {
					assertEquals(1, figure.getElementsByTagName("svg").getLength(), plan.getId() + " " + name);
					figures++;
				} else {
					empty++;
				}
			}
		}
		// the tree of every plan, and the strategy's SDG alignment, are always there
		assertTrue(figures >= Examples.plans().size() + 1, figures + " figures");
		assertTrue(empty > 0, "Sørum has no SDG references: its sdg diagram is left out");
	}

	@Test
	void diagramLinksResolveAndEveryNodeOfThePlanIsLinked() {
		Pages.checkLinks(files);
		for (Plan plan : Examples.plans()) {
			Set<String> own = new HashSet<>();
			plan.eAllContents().forEachRemaining(o -> {
				if (o instanceof Identifiable i) {
					own.add(i.getId());
				}
			});
			own.add(plan.getId());
			Element tree = byId(page(plan), "figure", "diagram-tree");
			NodeList shapes = tree.getElementsByTagName("*");
			int linked = 0;
			for (int i = 0; i < shapes.getLength(); i++) {
				Element shape = (Element) shapes.item(i);
				String id = shape.getAttribute("data-element-id");
				if (id.isEmpty()) {
					continue;
				}
				Element link = enclosingLink(shape);
				if (own.contains(id)) {
					assertTrue(link != null && link.getAttribute("href").equals("#" + id), plan.getId() + ": node " + id + " not linked");
					linked++;
				} else {
					assertTrue(link == null, plan.getId() + ": " + id + " has no anchor on the page but is linked");
				}
			}
			assertTrue(linked > 5, plan.getId() + ": only " + linked + " linked nodes in the tree");
		}
	}


	private static Document page(Plan plan) {
		return Pages.parse(plan.getId(), files.get(plan.getId() + ".html"));
	}

	private static Element enclosingLink(Element element) {
		for (org.w3c.dom.Node n = element; n instanceof Element e; n = n.getParentNode()) {
			if (e.getTagName().equals("a")) {
				return e;
			}
			if (e.getTagName().equals("figure")) {
				return null;
			}
		}
		return null;
	}

	private static Element byId(Document page, String tag, String id) {
		return Pages.elements(page, tag).stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElse(null);
	}
}
