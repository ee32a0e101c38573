package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.diagram.description.ContainerMapping;
import org.veikart.diagram.description.DescriptionRegistry;
import org.veikart.diagram.description.EdgeMapping;
import org.veikart.diagram.description.EdgeStyle;
import org.veikart.diagram.description.NodeMapping;
import org.veikart.diagram.description.NodeStyle;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.description.Shape;
import org.veikart.diagram.layout.LayeredLayout;
import org.veikart.diagram.model.Diagram;
import org.veikart.model.Actor;
import org.veikart.model.FocusArea;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.Strategy;

/**
 * A new representation is only a new description: a test-only "who does what" diagram (focus
 * areas as containers of their strategies, measures linked to partner actors) renders through the
 * unchanged synchronizer, layout and SVG writer.
 */
class DescriptionRegistryTest {

    private static RepresentationDescription partners() {
        NodeMapping areas = NodeMapping.of("area", plan -> plan.getFocusAreas(), e -> ((FocusArea) e).getTitle(),
                e -> NodeStyle.of(Shape.LANE, "#F0F0F0", "#999999", "Område"));
        NodeMapping strategies = NodeMapping.of("strategy", plan -> all(plan, Strategy.class), e -> ((Strategy) e).getTitle(),
                e -> NodeStyle.of(Shape.ROUNDED, "#E0FFE0", "#008000", "Strategi"));
        NodeMapping measures = NodeMapping.of("measure", plan -> all(plan, Measure.class).stream()
                .filter(m -> !((Measure) m).getPartners().isEmpty()).toList(), e -> ((Measure) e).getTitle(),
                e -> NodeStyle.of(Shape.RECTANGLE, "#FFFFFF", "#000000", "Tiltak"));
        NodeMapping actors = NodeMapping.of("actor", plan -> all(plan, Measure.class).stream()
                .flatMap(m -> ((Measure) m).getPartners().stream()).distinct().map(EObject.class::cast).toList(),
                e -> ((Actor) e).getName(), e -> NodeStyle.of(Shape.ELLIPSE, "#FFE0FF", "#800080", "Partner"));
        EdgeMapping partner = EdgeMapping.reference("partner", Set.of("measure"), e -> ((Measure) e).getPartners(),
                new EdgeStyle("#800080", 1, true, "partner"));
        return new RepresentationDescription("partners", "Hvem gjør hva",
                new LayeredLayout(Direction.DOWN, EdgeRouting.POLYLINE, 20, 40, LayeredLayout.Placement.LINEAR_SEGMENTS),
                List.of(measures, actors), List.of(new ContainerMapping(areas, strategies,
                        e -> e.eContainer() instanceof FocusArea area ? area : null)), List.of(partner),
                List.of(), List.of(), List.of());
    }

    private static List<EObject> all(Plan plan, Class<?> type) {
        List<EObject> found = new java.util.ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                found.add(o);
            }
        });
        return found;
    }

    @Test
    void aRegisteredDescriptionRendersWithoutNewCode() throws Exception {
        DescriptionRegistry registry = DescriptionRegistry.standard();
        registry.register(partners());
        Diagrams diagrams = new Diagrams(registry);
        assertEquals(List.of("tree", "sdg", "indicators", "timeline", "partners"), registry.names());

        Plan plan = Examples.plan("lillestrom-handlingsplan");
        Diagram diagram = diagrams.layout(plan, "partners", null, Map.of());
        long partnered = all(plan, Measure.class).stream().filter(m -> !((Measure) m).getPartners().isEmpty()).count();
        assertTrue(partnered > 0);
        assertEquals(partnered, diagram.allNodes().filter(n -> n.mappingId().equals("measure")).count());
        assertTrue(diagram.nodes().stream().anyMatch(n -> !n.children().isEmpty()), "containers with children");
        diagram.nodes().stream().filter(n -> !n.children().isEmpty()).forEach(container -> container.children()
                .forEach(child -> assertTrue(inside(child.bounds(), container.bounds()), child + " inside " + container)));
        DiagramAssertions.assertNoOverlaps(diagram);

        String svg = diagrams.renderSvg(plan, "partners", SvgOptions.defaults().withDiagnostics(List.of()));
        assertEquals(diagram.allNodes().count(), SvgOutputTest.nodeGroups(SvgOutputTest.parse(svg)).size());
    }

    @Test
    void unknownRepresentationsAndDuplicateNamesAreRefused() {
        DescriptionRegistry registry = DescriptionRegistry.standard();
        assertThrows(IllegalArgumentException.class, () -> registry.register(partners().layers().isEmpty()
                ? registry.find("tree").orElseThrow() : null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Diagrams.standard().renderSvg(Examples.plan("sorum-naeringsstrategi"), "mindmap", SvgOptions.defaults()));
        assertTrue(e.getMessage().contains("tree, sdg, indicators, timeline"), e.getMessage());
    }

    private static boolean inside(org.veikart.diagram.model.Bounds inner, org.veikart.diagram.model.Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width() + 0.5
                && inner.y() + inner.height() <= outer.y() + outer.height() + 0.5;
    }
}
