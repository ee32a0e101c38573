package org.veikart.dsl.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.dsl.edit.ChangeEdits;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.GoalKind;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;

/** New elements, new measured-by links, removals and changed strings become edits of the original text. */
class ChangeEditsTest {

	@TempDir
	Path temp;

	private Plan parse(Path file, String text) throws Exception {
		Files.writeString(file, text);
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResource resource = workspace.parse(workspace.newResourceSet(), URI.createFileURI(file.toString()), text);
		return (Plan) resource.getContents().get(0);
	}

	@Test
	void newElementsGoAfterTheirLastSiblingAndRemovedOnesTakeTheirLine() throws Exception {
		Path file = temp.resolve("p.plan");
		String text = """
				plan p "P" {
				  // kept
				  measure m-1 "En"
				  measure m-2 "To"
				  indicator i-1 "I"
				}
				""";
		Plan plan = parse(file, text);
		ChangeEdits edits = ChangeEdits.snapshot(plan).orElseThrow();
		Measure added = VeikartFactory.eINSTANCE.createMeasure();
		added.setId("m-3");
		added.setTitle("Tre");
		plan.getMeasures().add(added);
		Measure second = plan.getMeasures().get(1);
		second.setTitle("Andre");
		second.getMeasuredBy().add(plan.getIndicators().get(0));
		plan.getMeasures().remove(0);
		Optional<String> edited = edits.text(file);
		assertEquals("""
				plan p "P" {
				  // kept
				  measure m-2 "Andre" {
				    measured-by i-1
				  }
				  measure m-3 "Tre"
				  indicator i-1 "I"
				}
				""", edited.orElse("(no minimal edit: " + edits.problem() + ")"));
	}

	@Test
	void aNonTextChangeOfAnElementHoldingOthersIsLeftToTheSerializerWithAReason() throws Exception {
		Path file = temp.resolve("q.plan");
		Plan plan = parse(file, "plan q {\n  effect-goal g-1 \"G\" {\n    measure m-1\n  }\n}\n");
		ChangeEdits edits = ChangeEdits.snapshot(plan).orElseThrow();
		plan.getGoals().get(0).setKind(GoalKind.MAIN);
		assertTrue(edits.text(file).isEmpty());
		assertFalse(edits.problem().isBlank(), "the user is told why");
	}
}
