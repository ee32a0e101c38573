package org.veikart.diagram;

import java.util.List;
import java.util.function.Function;

import org.veikart.diagram.state.RepresentationState;
import org.veikart.model.check.ModelDiagnostic;

/**
 * Options of {@link Diagrams#renderSvg} (and, where they apply, {@link Diagrams#renderPng}).
 * Immutable; start from {@link #defaults()} and use the {@code with...} methods.
 *
 * @param linkForElementId when non-null, each node is wrapped in {@code <a href="...">} with the
 *                         href it returns for the node's element id (null: that node is not linked;
 *                         unsafe schemes such as {@code javascript:} are never written). The HTML
 *                         report passes {@code id -> "#" + id}. Ignored for PNG.
 * @param inline           true: no XML prolog, for an {@code <svg>} inside HTML. Ignored for PNG.
 * @param state            the representation state (layers, filters, pinned positions, collapsed
 *                         nodes); null for defaults
 * @param diagnostics      the diagnostics whose errors and warnings become node markers; null to
 *                         run the model checker on the plan's resource
 */
public record SvgOptions(Function<String, String> linkForElementId, boolean inline, RepresentationState state,
        List<ModelDiagnostic> diagnostics) {

    /** @return no links, standalone SVG document, default state, model checker markers */
    public static SvgOptions defaults() {
        return new SvgOptions(null, false, null, null);
    }

    public SvgOptions withLinks(Function<String, String> hrefForElementId) {
        return new SvgOptions(hrefForElementId, inline, state, diagnostics);
    }

    public SvgOptions withInline(boolean value) {
        return new SvgOptions(linkForElementId, value, state, diagnostics);
    }

    public SvgOptions withState(RepresentationState value) {
        return new SvgOptions(linkForElementId, inline, value, diagnostics);
    }

    public SvgOptions withDiagnostics(List<ModelDiagnostic> value) {
        return new SvgOptions(linkForElementId, inline, state, value);
    }
}
