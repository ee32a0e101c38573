package org.veikart.dsl.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.veikart.dsl.edit.PlanTextEdits;
import org.veikart.dsl.edit.TextEdit;
import org.veikart.dsl.workspace.PlanWorkspace;

/** Edits refer to the original text; insertions at one offset keep the order they were added in. */
class PlanTextEditsTest {

	private static final String TEXT = "plan p {\n  measure m-1 \"A\"\n}\n";

	private static PlanTextEdits edits() {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResource resource = workspace.parse(workspace.newResourceSet(), URI.createURI("memory:/p.plan"), TEXT);
		return PlanTextEdits.of(resource).orElseThrow();
	}

	@Test
	void editsApplyToOriginalOffsetsAndKeepTheirOrderAtOneOffset() {
		PlanTextEdits edits = edits();
		assertEquals(TEXT, edits.original());
		int title = TEXT.indexOf("\"A\"");
		int close = TEXT.lastIndexOf('}');
		edits.add(TextEdit.insert(close, "  measure m-2\n"));
		edits.add(new TextEdit(title, 3, "\"Alfa\""));
		edits.add(TextEdit.insert(close, "  measure m-3\n"));
		assertFalse(edits.overlapping());
		assertEquals("plan p {\n  measure m-1 \"Alfa\"\n  measure m-2\n  measure m-3\n}\n", edits.apply());
		assertEquals(TEXT, edits.original());
	}

	@Test
	void overlappingReplacementsAreReported() {
		PlanTextEdits edits = edits();
		edits.add(new TextEdit(2, 10, ""));
		edits.add(new TextEdit(5, 1, "x"));
		assertTrue(edits.overlapping());
	}
}
