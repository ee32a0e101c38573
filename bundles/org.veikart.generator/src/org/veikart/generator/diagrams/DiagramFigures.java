package org.veikart.generator.diagrams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.state.RepresentationFile;
import org.veikart.diagram.state.RepresentationFiles;
import org.veikart.diagram.sync.KnownIds;
import org.veikart.generator.html.ReportFigure;
import org.veikart.generator.html.ReportFigureSource;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;

/**
 * The diagrams of the HTML report: every representation of {@link Diagrams} for a plan, as inline
 * SVG in which each node links to its element's anchor on the plan page ({@code #<element id>}).
 * <p>
 * Takes a plan, optionally loaded from a file; when a representation file lies beside that file its
 * layers, filters and manual positions are used (stale entries in it are ignored here; the
 * {@code diagram} and {@code validate} commands report them). Guarantees that only elements contained
 * in the plan are linked, since only they have an anchor on the page; SDG goals and elements of
 * other plans are drawn without a link. A representation with no node for the plan is left out.
 */
public final class DiagramFigures implements ReportFigureSource {

	/** Every node of Veikart's SVG carries this attribute (see the diagram bundle's SVG writer). */
	private static final String NODE_MARK = "data-element-id=";

	private final Diagrams diagrams;

	/** @param diagrams the representations to show, in report order */
	public DiagramFigures(Diagrams diagrams) {
		this.diagrams = diagrams;
	}

	/** @return the figure source with Veikart's standard representations (tree, sdg, indicators, timeline) */
	public static DiagramFigures standard() {
		return new DiagramFigures(Diagrams.standard());
	}

	@Override
	public List<ReportFigure> figuresFor(Plan plan) {
		Set<String> anchored = idsInside(plan);
		RepresentationFile states = planFile(plan)
				.map(file -> RepresentationFiles.loadBeside(file, KnownIds.of(plan)).file())
				.orElse(null);
		List<ReportFigure> figures = new ArrayList<>();
		for (RepresentationDescription description : diagrams.representations()) {
			SvgOptions options = SvgOptions.defaults().withInline(true)
					.withLinks(id -> anchored.contains(id) ? "#" + id : null);
			if (states != null) {
				options = options.withState(states.state(description.name()));
			}
			String svg = diagrams.renderSvg(plan, description.name(), options);
			if (!svg.contains(NODE_MARK)) {
				continue; // nothing of this plan to show (e.g. no SDG references): no empty picture in the report
			}
			figures.add(new ReportFigure(description.name(), description.title(), svg,
					"Klikk på en boks for å gå til elementet i rapporten."));
		}
		return figures;
	}

	private static Set<String> idsInside(Plan plan) {
		Set<String> ids = new HashSet<>();
		ids.add(plan.getId());
		plan.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
				ids.add(identifiable.getId());
			}
		});
		return ids;
	}

	private static Optional<Path> planFile(Plan plan) {
		URI uri = plan.eResource() == null ? null : plan.eResource().getURI();
		return uri != null && uri.isFile() ? Optional.of(Path.of(uri.toFileString())) : Optional.empty();
	}
}
