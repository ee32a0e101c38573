package org.veikart.tools.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Generates the diagrams of the real metamodel into a temp folder and checks the SVG and PNG files. */
class MetamodelDiagramTest {

    private static final Path ECORE = Path.of(System.getProperty("veikart.metamodel", "../../metamodel/veikart.ecore"));

    @TempDir
    static Path out;
    private static List<Path> files;

    @BeforeAll
    static void generate() throws IOException {
        files = MetamodelDiagram.generate(ECORE, out);
    }

    @Test
    void everyClassAndEnumHasExactlyOneFullBox() throws Exception {
        EPackage ePackage = EcoreFiles.load(ECORE);
        Map<String, Integer> expected = new TreeMap<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass || classifier instanceof EEnum) {
                expected.put(classifier.getName(), 1);
            }
        }
        Map<String, Integer> drawn = new TreeMap<>();
        for (Path svg : svgs()) {
            for (Box box : rects(parse(svg), "classifier", "box")) {
                drawn.merge(box.name, 1, Integer::sum);
            }
        }
        assertEquals(expected.size(), drawn.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(expected, drawn);
    }

    @Test
    void noTwoBoxesOrLabelsOverlap() throws Exception {
        for (Path svg : svgs()) {
            Document document = parse(svg);
            List<Box> boxes = new ArrayList<>(rects(document, "classifier", "box"));
            boxes.addAll(rects(document, "classifier-elsewhere", "box"));
            List<Box> labels = rects(document, "edge", "label");
            assertFalse(boxes.isEmpty());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertNoOverlap(svg, boxes.get(i), boxes.get(j));
                }
                for (Box label : labels) {
                    assertNoOverlap(svg, boxes.get(i), label);
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertNoOverlap(svg, labels.get(i), labels.get(j));
                }
            }
        }
    }

    @Test
    void pngShowsTheSameDrawingAsTheSvg() throws Exception {
        for (Path svg : svgs()) {
            Element root = parse(svg).getDocumentElement();
            Path png = svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png"));
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " is not a readable PNG");
            double scale = image.getWidth() / Double.parseDouble(root.getAttribute("width"));
            assertEquals(scale, image.getHeight() / Double.parseDouble(root.getAttribute("height")), 0.01);
            assertTrue(scale >= 1, "PNG should not be smaller than the SVG");
        }
    }

    @Test
    void svgTextIsEscapedAndDoctypesAreRejected() throws Exception {
        Drawing drawing = new Drawing(100, 50, "#FFFFFF");
        String nasty = "a<b & \"c\" 'd' > æøå";
        drawing.group("classifier", nasty).shapes()
                .add(new Drawing.Text(1, 20, nasty, new DiagramStyle().memberFont, "#000000", false));
        String svg = new SvgRenderer().render(drawing);
        Document document = parse(svg.getBytes(StandardCharsets.UTF_8));
        assertEquals(nasty, document.getElementsByTagName("text").item(0).getTextContent());
        assertEquals(nasty, ((Element) document.getElementsByTagName("g").item(0)).getAttribute("data-name"));
        String withDoctype = svg.replace("<svg ", "<!DOCTYPE svg [<!ENTITY x \"y\">]>\n<svg ");
        assertThrows(SAXException.class, () -> parse(withDoctype.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> svgs() {
        List<Path> svgs = files.stream().filter(f -> f.toString().endsWith(".svg")).toList();
        assertTrue(svgs.size() >= 1);
        return svgs;
    }

    private record Box(String name, Rectangle2D bounds) {
    }

    private static void assertNoOverlap(Path svg, Box a, Box b) {
        Rectangle2D shared = a.bounds.createIntersection(b.bounds);
        assertTrue(shared.getWidth() <= 0 || shared.getHeight() <= 0,
                () -> svg.getFileName() + ": " + a.name + " overlaps " + b.name);
    }

    /** The rects of class {@code role} in groups of class {@code kind}, named after their group. */
    private static List<Box> rects(Document document, String kind, String role) {
        List<Box> result = new ArrayList<>();
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (!group.getAttribute("class").equals(kind)) {
                continue;
            }
            NodeList rects = group.getElementsByTagName("rect");
            for (int j = 0; j < rects.getLength(); j++) {
                Element rect = (Element) rects.item(j);
                if (rect.getAttribute("class").equals(role)) {
                    result.add(new Box(group.getAttribute("data-name"), new Rectangle2D.Double(
                            number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height"))));
                }
            }
        }
        return result;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Document parse(Path file) throws Exception {
        return parse(Files.readAllBytes(file));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors without printing them
        return builder.parse(new ByteArrayInputStream(bytes));
    }
}
