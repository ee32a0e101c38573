package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.model.Plan;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.model.DiagramNode;
import org.veikart.diagram.state.RepresentationState;
import java.util.Map;

/**
 * PNGs render headless for every example and representation (written to target/diagrams for
 * looking at them), with the size the diagram asks for.
 */
class PngOutputTest {

    @Test
    void everyExampleRendersToAPngWithoutADisplay() throws Exception {
        Diagrams diagrams = Diagrams.standard();
        Path out = Path.of("target", "diagrams");
        Files.createDirectories(out);
        for (Path file : Examples.planFiles()) {
            Plan plan = Examples.plan(file);
            for (String representation : diagrams.registry().names()) {
                byte[] png = diagrams.renderPng(plan, representation, SvgOptions.defaults().withDiagnostics(List.of()));
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertTrue(image.getWidth() >= 720, plan.getId() + " " + representation);
                assertTrue(image.getHeight() > 60, plan.getId() + " " + representation);
                Files.write(out.resolve(plan.getId() + "-" + representation + ".png"), png);
            }
        }
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    @Test
    void theTreeWithEveryLayerOnHasNoOverlapsAndPlacesLayerNodesBesideTheirElements() throws Exception {
        Diagrams diagrams = Diagrams.standard();
        Plan plan = Examples.plan("lillestrom-strategi");
        RepresentationState state = new RepresentationState();
        diagrams.registry().find("tree").orElseThrow().layers().forEach(layer -> state.layers().put(layer.id(), true));
        Diagram diagram = diagrams.layout(plan, "tree", state, Map.of());
        DiagramAssertions.assertNoOverlaps(diagram);
        DiagramNode indicator = diagram.nodesById().get("st-ind-kommune-nm");
        DiagramNode area = diagram.nodesById().get(diagram.edges().stream()
                .filter(e -> e.targetId().equals(indicator.id())).findFirst().orElseThrow().sourceId());
        assertTrue(indicator.bounds().x() > area.bounds().x() + area.bounds().width(), "right of the element measured by it");
        Path out = Path.of("target", "diagrams");
        Files.createDirectories(out);
        Files.write(out.resolve(plan.getId() + "-tree-all-layers.png"),
                diagrams.renderPng(plan, "tree", SvgOptions.defaults().withState(state).withDiagnostics(List.of())));
    }
}
