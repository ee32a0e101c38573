package org.veikart.tools.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;

/**
 * Generates the metamodel's class diagram: reads an .ecore file with EMF, builds the graph
 * ({@link EcoreGraphBuilder}), lays it out with ELK Layered ({@link DiagramLayout}), and writes
 * {@code veikart-classes-*.svg} ({@link SvgRenderer}) and {@code veikart-classes-*.png}
 * ({@link PngRenderer}) of the same {@link Drawing}. Runs headless.
 *
 * <p>Usage: {@code MetamodelDiagram [metamodel.ecore [outputDir]]}; defaults
 * {@code metamodel/veikart.ecore} and the ecore's folder.
 */
public final class MetamodelDiagram {

    /** Base name of the written files. */
    public static final String BASE_NAME = "veikart-classes";
    private static final double PNG_SCALE = 1.5;

    private MetamodelDiagram() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path ecore = Path.of(args.length > 0 ? args[0] : "metamodel/veikart.ecore");
        Path outputDir = args.length > 1 ? Path.of(args[1]) : ecore.toAbsolutePath().getParent();
        for (Path written : generate(ecore, outputDir)) {
            System.out.println("wrote " + written.toAbsolutePath().normalize());
        }
    }

    /**
     * Writes one SVG and one PNG per diagram of {@link DiagramPartition} for {@code ecore} into
     * {@code outputDir} ({@code veikart-classes-<part>.svg/.png}); returns the files.
     */
    public static List<Path> generate(Path ecore, Path outputDir) throws IOException {
        EPackage ePackage = EcoreFiles.load(ecore);
        DiagramStyle style = new DiagramStyle();
        List<DiagramPartition.Part> parts = DiagramPartition.parts(ePackage);
        Map<String, String> homes = DiagramPartition.homes(parts);
        Files.createDirectories(outputDir);
        List<Path> written = new ArrayList<>();
        for (DiagramPartition.Part part : parts) {
            String title = "Veikart metamodel: " + part.title() + "  (" + ePackage.getNsURI() + ", generated from "
                    + ecore.getFileName() + ")";
            Map<String, String> elsewhere = new HashMap<>(homes);
            elsewhere.keySet().removeAll(part.members());
            ClassDiagram diagram = new EcoreGraphBuilder(style).build(title, ePackage, part.members(), elsewhere);
            new DiagramLayout().layout(diagram);
            Drawing drawing = new DrawingBuilder(style).build(diagram);
            Path svg = outputDir.resolve(BASE_NAME + "-" + part.suffix() + ".svg");
            Files.writeString(svg, new SvgRenderer().render(drawing), StandardCharsets.UTF_8);
            Path png = outputDir.resolve(BASE_NAME + "-" + part.suffix() + ".png");
            new PngRenderer(PNG_SCALE).write(drawing, png);
            written.add(svg);
            written.add(png);
        }
        return written;
    }
}
