package org.veikart.generator.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportException;
import org.veikart.generator.ImportProblem;
import org.veikart.model.Goal;
import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;

/** Unknown ids, malformed rows, read-only columns and bad values are reported with file:line:col, and nothing changes. */
class CsvImportErrorTest {

	private static Plan plan() {
		Plan plan = VeikartFactory.eINSTANCE.createPlan();
		plan.setId("p-1");
		Goal goal = VeikartFactory.eINSTANCE.createGoal();
		goal.setId("g-1");
		goal.setTitle("Mål");
		plan.getGoals().add(goal);
		return plan;
	}

	private static List<ImportProblem> problems(Plan plan, String csv) {
		return assertThrows(ImportException.class, () -> new CsvImporter(plan, IdIndex.of(List.of()))
				.read(Map.of("Goal.csv", csv.getBytes(StandardCharsets.UTF_8)))).problems();
	}

	@Test
	void eachKindOfBadInputIsReportedAtItsCell() {
		Plan plan = plan();
		String header = "id,type,code,parentId,title\r\n";
		assertEquals("Goal.csv:2:1: error: no element has the id \"g-9\" in this plan (CSV import updates existing elements; it does not create them)",
				problems(plan, header + "g-9,Goal,,p-1,x\r\n").get(0).format());
		assertEquals("Goal.csv:2:19: error: a quote inside an unquoted field (quote the whole field and double the quote)",
				problems(plan, header + "g-1,Goal,,p-1,Mål \"x\"\r\n").get(0).format());
		assertEquals("Goal.csv:2:15: error: a quoted field is not closed", problems(plan, header + "g-1,Goal,,p-1,\"Mål\r\n").get(0).format());
		assertTrue(problems(plan, header + "g-1,Goal,,p-2,Mål\r\n").get(0).format().startsWith("Goal.csv:2:11: error: parentId cannot be changed"));
		assertTrue(problems(plan, "id,titel\r\ng-1,x\r\n").get(0).format().startsWith("Goal.csv:1:4: error: unknown column \"titel\""));
		assertTrue(problems(plan, "id,kind\r\ng-1,HOVED\r\n").get(0).message().startsWith("\"kind\": \"HOVED\" is not one of vision, ambition, main-goal"));
		assertTrue(problems(plan, "id,title\r\ng-1,a,b\r\n").get(0).message().startsWith("the row has 3 fields, the header 2"));
		assertTrue(problems(plan, "id,measuredBy\r\ng-1,ind-x\r\n").get(0).message().contains("no element has the id \"ind-x\""));
		assertTrue(problems(plan, "id,title\r\ng-1,a\r\ng-1,b\r\n").get(0).message().contains("already updated by the row at Goal.csv:2"));
		assertEquals(2, problems(plan, "id,title\r\ng-8,a\r\ng-9,b\r\n").size(), "all problems, not just the first");
		assertEquals("Mål", plan.getGoals().get(0).getTitle(), "nothing changed");
	}

	@Test
	void enumValuesAreThePlanLanguageWordsAndTheLiteralNamesInAnyCase() throws Exception {
		Plan plan = plan();
		plan.getGoals().get(0).setKind(org.veikart.model.GoalKind.EFFECT);
		assertEquals("effect-goal", CsvExporterAccess.cell(plan.getGoals().get(0), "kind"), "export writes the plan word");
		for (String cell : List.of("main-goal", "MAIN", "Main-Goal", "main")) {
			var changes = new CsvImporter(plan, IdIndex.of(List.of())).read(Map.of("Goal.csv",
					("id,kind\r\ng-1," + cell + "\r\n").getBytes(StandardCharsets.UTF_8)));
			assertEquals(org.veikart.model.GoalKind.MAIN, changes.get(0).newValue(), cell);
		}
	}

	@Test
	void bomAndLineEndsAreOptional() throws Exception {
		Plan plan = plan();
		var changes = new CsvImporter(plan, IdIndex.of(List.of())).read(Map.of("Goal.csv",
				"id,title\ng-1,\"Nytt, mål\"\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals(1, changes.size());
		assertEquals("Goal.csv:2:5: Goal g-1 title: \"Mål\" -> \"Nytt, mål\"", changes.get(0).describe());
	}
}
