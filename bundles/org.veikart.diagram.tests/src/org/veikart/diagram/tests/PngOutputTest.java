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
}
