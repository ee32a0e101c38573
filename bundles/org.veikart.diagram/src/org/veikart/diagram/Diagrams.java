package org.veikart.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.veikart.diagram.description.DescriptionRegistry;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.layout.NodeSizer;
import org.veikart.diagram.layout.PinnedPlacement;
import org.veikart.diagram.model.Diagram;
import org.veikart.diagram.render.PngRenderer;
import org.veikart.diagram.render.SvgWriter;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.diagram.sync.DiagramSynchronizer;
import org.veikart.diagram.sync.ValidationMarkers;
import org.veikart.model.Plan;
import org.veikart.model.check.Severity;

/**
 * The entry point for headless diagrams (report, command line, benchmark). The pipeline per call:
 * {@link DiagramSynchronizer} (description + state + plan -> diagram model), {@link NodeSizer}
 * (wrap labels with font metrics, size nodes), the description's layout strategy (ELK or timeline),
 * {@link PinnedPlacement} (pinned nodes back to their stored place), then a renderer. Stateless and
 * safe to share; never modifies the plan.
 * <p>
 * For the HTML report:
 * <pre>
 * Diagrams diagrams = Diagrams.standard();
 * for (RepresentationDescription d : diagrams.representations()) {
 *     String svg = diagrams.renderSvg(plan, d.name(),
 *             SvgOptions.defaults().withInline(true).withLinks(id -> "#" + id));
 * }
 * </pre>
 */
public final class Diagrams {

    private final DescriptionRegistry registry;

    /** @param registry the representations offered */
    public Diagrams(DescriptionRegistry registry) {
        this.registry = registry;
    }

    /** @return the standard representations: tree, sdg, indicators, timeline */
    public static Diagrams standard() {
        return new Diagrams(DescriptionRegistry.standard());
    }

    /** @return the registry behind this facade */
    public DescriptionRegistry registry() {
        return registry;
    }

    /** @return the representation descriptions, in the order the report should show them */
    public List<RepresentationDescription> representations() {
        return registry.all();
    }

    /**
     * Runs the pipeline up to a laid-out diagram model.
     *
     * @param severities worst severity per element id, for the markers (see {@link ValidationMarkers})
     * @throws IllegalArgumentException for an unknown representation name
     */
    public Diagram layout(Plan plan, String representationName, RepresentationState state, Map<String, Severity> severities) {
        RepresentationDescription description = description(representationName);
        RepresentationState effective = state == null ? new RepresentationState() : state;
        Diagram diagram = new DiagramSynchronizer().synchronize(plan, description, effective, severities);
        NodeSizer.size(diagram, effective);
        description.layout().layout(diagram);
        PinnedPlacement.apply(diagram, effective);
        return diagram;
    }

    /**
     * @return the SVG of one representation of {@code plan} (a document, or an inline {@code <svg>}
     *         element when {@link SvgOptions#inline()})
     * @throws IllegalArgumentException for an unknown representation name
     */
    public String renderSvg(Plan plan, String representationName, SvgOptions options) {
        Diagram diagram = layout(plan, representationName, options.state(), severities(plan, options));
        return new SvgWriter(options.linkForElementId(), options.inline()).write(diagram);
    }

    /**
     * @return the PNG bytes of one representation at scale 1.5 (links and inline mode do not apply)
     * @throws IllegalArgumentException for an unknown representation name
     */
    public byte[] renderPng(Plan plan, String representationName, SvgOptions options) {
        Diagram diagram = layout(plan, representationName, options.state(), severities(plan, options));
        try {
            return new PngRenderer(1.5).render(diagram);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Severity> severities(Plan plan, SvgOptions options) {
        return options.diagnostics() == null ? ValidationMarkers.check(plan) : ValidationMarkers.worstById(options.diagnostics());
    }

    private RepresentationDescription description(String name) {
        return registry.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown representation '" + name + "'; known: " + String.join(", ", registry.names())));
    }
}
