package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.layout.TextMeasurer;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.Plan;
import org.veikart.model.SdgGoal;

/** Faded SDG tiles are readable and in goal order; long plan titles wrap in the header instead of running off. */
class ReadabilityTest {

    private static final Diagrams DIAGRAMS = Diagrams.standard();

    @Test
    void allSdgsStandInGoalOrderAndFadedTilesHaveDarkTextWithAaContrast() {
        RepresentationState state = new RepresentationState();
        state.layers().put("all-sdgs", true);
        Diagram diagram = DIAGRAMS.layout(Examples.plan("lillestrom-strategi"), "sdg", state, Map.of());
        List<DiagramNode> sdgs = diagram.allNodes().filter(node -> node.element() instanceof SdgGoal)
                .sorted(Comparator.comparingDouble(node -> node.bounds().y())).toList();
        assertEquals(17, sdgs.size());
        List<Integer> numbers = sdgs.stream().map(node -> ((SdgGoal) node.element()).getNumber()).toList();
        List<Integer> sorted = new ArrayList<>(numbers);
        sorted.sort(null);
        assertEquals(sorted, numbers, "top to bottom in goal-number order");
        assertTrue(sdgs.stream().anyMatch(node -> node.mappingId().equals("sdg")), "the example refers to some goals");
        for (DiagramNode node : sdgs) {
            assertEquals(sdgs.get(0).bounds().x(), node.bounds().x(), "one column: " + node);
            double ratio = contrast(node.style());
            assertTrue(ratio >= 4.5 || node.mappingId().equals("sdg"), node.label() + ": contrast " + ratio);
        }
        // the column stands right of every element, so straight edges to it cross no node
        double elementsRight = diagram.allNodes().filter(node -> !(node.element() instanceof SdgGoal))
                .mapToDouble(node -> node.bounds().x() + node.bounds().width()).max().orElseThrow();
        assertTrue(elementsRight < sdgs.get(0).bounds().x());
        DiagramAssertions.assertEdgesCrossNoNode(diagram, edge -> true);
    }

    @Test
    void crossReferencesInTheTreeRunAroundTheBoxesNotThroughTheirText() {
        long crossReferences = 0;
        for (java.nio.file.Path file : Examples.planFiles()) {
            RepresentationState state = new RepresentationState();
            DIAGRAMS.registry().find("tree").orElseThrow().layers().forEach(layer -> state.layers().put(layer.id(), true));
            Diagram diagram = DIAGRAMS.layout(Examples.plan(file), "tree", state, Map.of());
            crossReferences += diagram.edges().stream().filter(edge -> !edge.hierarchy()).count();
            DiagramAssertions.assertEdgesCrossNoNode(diagram, edge -> !edge.hierarchy());
        }
        assertTrue(crossReferences > 20, "the examples have cross references: " + crossReferences);
    }

    @Test
    void untitledElementsSayWhatIsMissingInsteadOfShowingTheirId() {
        Diagram diagram = DIAGRAMS.layout(Examples.plan("drammen-omstillingsdyktig-naeringsliv"), "tree",
                new RepresentationState(), Map.of());
        DiagramNode delmal = diagram.nodesById().get("drammen-delmal-a");
        assertEquals("Delmål A (teksten mangler i kilden)", delmal.label());
        assertTrue(diagram.allNodes().noneMatch(node -> node.label().contains(node.id())), "no label shows an id");
    }

    @Test
    void aLongPlanTitleWrapsAndEndsInAnEllipsisWithTheFullTitleInTheTooltip() {
        Plan plan = Examples.copy("sorum-naeringsstrategi");
        String title = ("Strategisk næringsplan for en kommune som vil mye og skriver lange titler ").repeat(10).trim();
        plan.setTitle(title);
        String svg = DIAGRAMS.renderSvg(plan, "indicators", SvgOptions.defaults());
        double width = Double.parseDouble(svg.replaceAll("(?s).*?<svg[^>]*? width=\"([0-9.]+)\".*", "$1"));
        Matcher text = Pattern.compile("<text x=\"20\" y=\"[0-9.]+\" font-size=\"18\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> lines = new ArrayList<>();
        while (text.find()) {
            lines.add(text.group(1));
        }
        assertEquals(3, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(20 + TextMeasurer.width(line, 18, true) <= width - 20, "inside the page: " + line);
        }
        assertTrue(lines.get(2).endsWith("…"), lines.get(2));
        assertTrue(svg.contains("<title>Indikatorkart: " + title + "</title>"), "full title as tooltip");
    }

    /** @return the WCAG contrast ratio of the style's text on its fill, both seen through its opacity over white */
    private static double contrast(NodeStyle style) {
        double a = luminance(style.textColour(), style.opacity());
        double b = luminance(style.fill(), style.opacity());
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex, double opacity) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = ((rgb >> (16 - 8 * i)) & 0xFF) / 255.0 * opacity + (1 - opacity);
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
