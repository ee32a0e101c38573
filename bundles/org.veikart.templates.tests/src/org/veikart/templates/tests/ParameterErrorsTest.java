package org.veikart.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.veikart.model.Plan;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateHeaderParser;
import org.veikart.templates.TemplateModels;

/** Bad parameters and headers give errors naming the template file, line, column and parameter. */
class ParameterErrorsTest {

	private static final String TEXT = """
			//@ template t
			//@ version 1
			//@ param kommune "Kommunens navn"
			//@ param start "Første år" default "2024"
			plan t "Plan for ${kommune}" {
			  // ${not-a-parameter} in a comment is documentation
			  period ${start} to 2030
			  focus-area a "Tema i ${kommune}" { text "Sitat: \\"${kommune}\\" og $${kommune}" }
			}
			""";

	private static Template template() throws TemplateException {
		return TemplateHeaderParser.parse("t.plan", TEXT);
	}

	@Test
	void fillsStringsEscapedAndPlainValues() throws TemplateException {
		Plan plan = TemplateModels.load(template(), Map.of("kommune", "Ås \"sentrum\""));
		assertEquals("Plan for Ås \"sentrum\"", plan.getTitle());
		assertEquals(2024, plan.getPeriod().getStartYear());
		assertEquals("Sitat: \"Ås \"sentrum\"\" og ${kommune}", plan.getFocusAreas().get(0).getText());
	}

	@Test
	void missingRequiredParameterNamesFirstUse() {
		TemplateException e = assertThrows(TemplateException.class, () -> TemplateModels.load(template(), Map.of()));
		assertEquals(1, e.problems().size(), e.getMessage());
		assertEquals("t.plan:5:18: error: parameter 'kommune' has no value and no default (Kommunens navn); give it with --param kommune=VALUE",
				e.problems().get(0).format());
	}

	@Test
	void unknownGivenParameter() {
		TemplateException e = assertThrows(TemplateException.class,
				() -> TemplateModels.load(template(), Map.of("kommune", "Ås", "region", "Viken")));
		assertTrue(e.getMessage().contains("t.plan:1:1: error: unknown parameter 'region' for template t (declared: kommune, start)"),
				e.getMessage());
	}

	@Test
	void plainValueMustBeOneWord() {
		TemplateException e = assertThrows(TemplateException.class,
				() -> TemplateModels.load(template(), Map.of("kommune", "Ås", "start", "neste år")));
		assertTrue(e.getMessage().startsWith("t.plan:7:10: error: parameter 'start' is used outside a string"), e.getMessage());
	}

	@Test
	void numberParameterNamesItselfInsteadOfASyntaxError() {
		TemplateException e = assertThrows(TemplateException.class,
				() -> TemplateModels.load(template(), Map.of("kommune", "Ås", "start", "abc")));
		assertTrue(e.getMessage().startsWith("t.plan:7:10: error: parameter 'start' must be a whole number"), e.getMessage());
		assertEquals(1, e.problems().size(), e.getMessage());
	}

	@Test
	void undeclaredAndUnclosedPlaceholders() throws TemplateException {
		Template bad = TemplateHeaderParser.parse("bad.plan", "//@ template b\n//@ version 1\nplan b \"${kommune}\" {\n  focus-area a \"${x\"\n}\n");
		TemplateException e = assertThrows(TemplateException.class, () -> TemplateModels.load(bad, Map.of()));
		assertEquals(2, e.problems().size(), e.getMessage());
		assertTrue(e.problems().get(0).format().startsWith("bad.plan:3:9: error: ${kommune} is not a declared parameter of template b"));
		assertTrue(e.problems().get(1).format().startsWith("bad.plan:4:17: error: '${' is not closed"));
	}

	@Test
	void contentErrorsPointIntoTheTemplateFile() throws TemplateException {
		Template bad = TemplateHeaderParser.parse("c.plan",
				"//@ template c\n//@ version 1\n//@ param k \"k\"\nplan c \"${k}\" {\n  focus-area a \"${k}\" { strategy }\n}\n");
		TemplateException e = assertThrows(TemplateException.class, () -> TemplateModels.load(bad, Map.of("k", "a much longer value")));
		assertTrue(e.getMessage().startsWith("c.plan:5:"), e.getMessage());
	}

	@Test
	void commentsAndSingleQuotedStrings() throws TemplateException {
		Template t = TemplateHeaderParser.parse("q.plan", "//@ template q\n//@ version 1\n//@ param k \"k\"\n"
				+ "/* ${undeclared} in a block comment\n   over two lines */\nplan q '${k} sier \"hei\"' { focus-area a \"${k}/${k}\" }\n");
		Plan plan = TemplateModels.load(t, Map.of("k", "Bø's"));
		assertEquals("Bø's sier \"hei\"", plan.getTitle());
		assertEquals("Bø's/Bø's", plan.getFocusAreas().get(0).getTitle());
	}

	@Test
	void headerErrors() {
		TemplateException e = assertThrows(TemplateException.class,
				() -> TemplateHeaderParser.parse("h.plan", "//@ template Bad_Id\n//@ version 1\n//@ param \"x\"\n//@ colour red\nplan p {}\n"));
		assertEquals(3, e.problems().size(), e.getMessage());
		assertTrue(e.problems().get(0).format().startsWith("h.plan:1:14: error: template: expected a template id"));
		assertTrue(e.problems().get(2).format().startsWith("h.plan:4:5: error: unknown header keyword 'colour'"));
	}
}
