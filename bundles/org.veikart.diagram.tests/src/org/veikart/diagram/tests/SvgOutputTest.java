package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.Goal;
import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG is well-formed XML with exactly one {@code data-element-id} group per node, links and escaping. */
class SvgOutputTest {

    private static final Diagrams DIAGRAMS = Diagrams.standard();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : Examples.planFiles()) {
            for (String representation : DIAGRAMS.registry().names()) {
                cases.add(Arguments.of(file.getFileName() + " " + representation, file, representation));
            }
        }
        return cases.stream();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return every element carrying data-element-id */
    static List<Element> nodeGroups(Document document) {
        List<Element> groups = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("data-element-id")) {
                groups.add(element);
            }
        }
        return groups;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyNodeIsOneGroupWithItsElementId(String name, Path file, String representation) throws Exception {
        Plan plan = Examples.plan(file);
        Diagram diagram = DIAGRAMS.layout(plan, representation, new RepresentationState(), Map.of());
        String svg = DIAGRAMS.renderSvg(plan, representation, SvgOptions.defaults().withDiagnostics(List.of()));
        List<Element> groups = nodeGroups(parse(svg));
        assertEquals(diagram.allNodes().count(), groups.size(), name);
        Set<String> ids = new HashSet<>();
        for (Element group : groups) {
            assertTrue(ids.add(group.getAttribute("data-element-id")), "unique ids");
            assertEquals("title", ((Element) group.getElementsByTagName("title").item(0)).getTagName());
        }
        assertEquals(diagram.nodesById().keySet(), ids);
        assertTrue(svg.startsWith("<?xml"), "a standalone document has the prolog");
    }

    @Test
    void inlineModeLinksEveryNodeToItsAnchorAndHasNoProlog() throws Exception {
        Plan plan = Examples.plan("sorum-naeringsstrategi");
        String svg = DIAGRAMS.renderSvg(plan, "tree", SvgOptions.defaults().withInline(true).withLinks(id -> "#" + id)
                .withDiagnostics(List.of()));
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        Document document = parse(svg);
        List<Element> groups = nodeGroups(document);
        assertFalse(groups.isEmpty());
        for (Element group : groups) {
            Element link = (Element) group.getParentNode();
            assertEquals("a", link.getTagName());
            assertEquals("#" + group.getAttribute("data-element-id"), link.getAttribute("href"));
        }
    }

    @Test
    void unsafeLinksAreNotWritten() throws Exception {
        Plan plan = Examples.plan("sorum-naeringsstrategi");
        String svg = DIAGRAMS.renderSvg(plan, "tree", SvgOptions.defaults().withLinks(id -> "javascript:alert(1)")
                .withDiagnostics(List.of()));
        assertFalse(svg.contains("javascript"));
        assertTrue(nodeGroups(parse(svg)).stream().noneMatch(g -> g.getParentNode().getNodeName().equals("a")));
    }

    @Test
    void markupInTitlesIsEscaped() throws Exception {
        Plan plan = VeikartFactory.eINSTANCE.createPlan();
        plan.setId("p-1");
        plan.setTitle("Plan <script>alert('x')</script> & co");
        Goal goal = VeikartFactory.eINSTANCE.createGoal();
        goal.setId("g-1");
        goal.setTitle("Mål med \"anførsel\" og <b>fet</b> tekst");
        plan.getGoals().add(goal);
        String svg = DIAGRAMS.renderSvg(plan, "tree", SvgOptions.defaults().withDiagnostics(List.of()));
        Document document = parse(svg);
        assertEquals(0, document.getElementsByTagName("script").getLength());
        assertEquals(0, document.getElementsByTagName("b").getLength());
        assertTrue(document.getDocumentElement().getTextContent().contains("<script>"), "the text survives as text");
    }
}
