package org.veikart.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.veikart.generator.html.ReportFigureSource;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;

/** The files each format makes, and the models that cannot be exported faithfully. */
class ExportFormatTest {

	private static Plan plan(String id) {
		Plan plan = VeikartFactory.eINSTANCE.createPlan();
		plan.setId(id);
		plan.setTitle("Plan " + id);
		return plan;
	}

	@Test
	void filesOfEachFormat() {
		Map<String, byte[]> json = ExportFormat.JSON.generate(Examples.roots(), ReportFigureSource.NONE);
		assertEquals(Examples.roots().size() + 1, json.size(), json.keySet().toString());
		assertTrue(json.containsKey("lillestrom-strategi.json") && json.containsKey("veikart-plan.schema.json"));
		Map<String, byte[]> csv = ExportFormat.CSV.generate(Examples.roots(), ReportFigureSource.NONE);
		assertTrue(csv.containsKey("lillestrom-handlingsplan/Measure.csv"), csv.keySet().toString());
		assertEquals(ExportFormat.HTML, ExportFormat.named("Html").orElseThrow());
		assertTrue(ExportFormat.named("pdf").isEmpty());
	}

	@Test
	void unusableIdsAndDanglingReferencesAreRefused() {
		ExportException unsafe = assertThrows(ExportException.class,
				() -> ExportFormat.JSON.generate(List.of(plan("../evil")), ReportFigureSource.NONE));
		assertTrue(unsafe.getMessage().contains("cannot name an output file"), unsafe.getMessage());
		assertThrows(ExportException.class, () -> ExportFormat.HTML.generate(List.of(plan("index")), ReportFigureSource.NONE));
		ExportException twice = assertThrows(ExportException.class,
				() -> ExportFormat.CSV.generate(List.of(plan("p"), plan("p")), ReportFigureSource.NONE));
		assertTrue(twice.getMessage().contains("two files would be named"), twice.getMessage());

		Plan plan = plan("p");
		Indicator missing = VeikartFactory.eINSTANCE.createIndicator();
		((InternalEObject) missing).eSetProxyURI(URI.createFileURI("/nowhere/other.plan").appendFragment("ind-1"));
		plan.getMeasuredBy().add(missing);
		ExportException dangling = assertThrows(ExportException.class, () -> ExportFormat.JSON.generate(List.of(plan), ReportFigureSource.NONE));
		assertTrue(dangling.getMessage().startsWith("'measuredBy' of Plan p refers to something that cannot be found"), dangling.getMessage());
	}
}
