package org.veikart.generator.html;

import java.util.List;

import org.veikart.model.Plan;

/**
 * Supplies the diagrams of a plan page (the diagrams bundle implements it). With {@link #NONE} the
 * report has no diagram section.
 */
public interface ReportFigureSource {

	/** @return the figures for {@code plan}, in display order; never null */
	List<ReportFigure> figuresFor(Plan plan);

	/** No diagrams. */
	ReportFigureSource NONE = plan -> List.of();
}
