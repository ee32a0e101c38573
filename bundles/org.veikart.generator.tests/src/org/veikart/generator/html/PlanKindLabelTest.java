package org.veikart.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.veikart.model.Plan;
import org.veikart.model.PlanKind;
import org.veikart.model.VeikartFactory;

/** The plan page names the document's kind only when the plan states one (the enum's default is not a statement). */
class PlanKindLabelTest {

	private static long kindLabels(Plan plan) {
		new ResourceImpl().getContents().add(plan);
		byte[] page = new HtmlReport(ReportFigureSource.NONE).render(List.of(plan)).get(plan.getId() + ".html");
		String html = new String(page, StandardCharsets.UTF_8);
		return html.lines().filter(line -> line.contains("class=\"kind\"")).count();
	}

	private static Plan plan() {
		Plan plan = VeikartFactory.eINSTANCE.createPlan();
		plan.setId("plan-kind0001");
		plan.setTitle("Plan uten oppgitt type");
		return plan;
	}

	@Test
	void unstatedKindIsNotShown() {
		assertEquals(0, kindLabels(plan()));
	}

	@Test
	void statedDefaultKindIsShown() {
		Plan plan = plan();
		plan.setKind(PlanKind.STRATEGY);
		assertEquals(1, kindLabels(plan));
	}
}
