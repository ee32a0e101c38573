package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The formatter produces the canonical layout (one clause per line, two spaces per brace level, at
 * most one blank line, no space before commas, short single-clause blocks on one line), keeps comments and multi-line strings, does not change
 * the model, and is idempotent.
 */
class FormatterTest {

	@Test
	void messyInputGetsTheCanonicalLayout() {
		String messy = """
				plan p "Plan" { kind action-plan period 2022 to 2024 "2022-2024"
				focus-area a1 code "1." "Område" { sdg 8.2 "label" strategy s1 "S" { measure m1 "T" { partners x , y scheduled in 2022 2023 } } }



				actor x "X" actor y "Y" { kind university alias "Y1" } actor z "Z" {kind college}
				focus-area b "B" { measure m2 "M" } }""";
		String expected = """
				plan p "Plan" {
				  kind action-plan
				  period 2022 to 2024 "2022-2024"
				  focus-area a1 code "1." "Område" {
				    sdg 8.2 "label"
				    strategy s1 "S" {
				      measure m1 "T" {
				        partners x, y
				        scheduled in 2022 2023
				      }
				    }
				  }

				  actor x "X"
				  actor y "Y" {
				    kind university
				    alias "Y1"
				  }
				  actor z "Z" { kind college }
				  focus-area b "B" {
				    measure m2 "M"
				  }
				}
				""";
		assertEquals(expected, PlanTesting.format(PlanTesting.parse(messy)));
	}

	@Test
	void commentsAndMultiLineStringsAreKept() {
		String text = """
				// file comment
				plan p "Plan" {   /* inline */ kind strategy
				  // about the goal
				      main-goal g1 "Første linje
				andre linje" // trailing
				}
				""";
		String formatted = PlanTesting.format(PlanTesting.parse(text));
		assertTrue(formatted.startsWith("// file comment\nplan p \"Plan\" {"), formatted);
		assertTrue(formatted.contains("/* inline */"), formatted);
		assertTrue(formatted.contains("  // about the goal\n  main-goal g1 \"Første linje\nandre linje\" // trailing\n}"),
				formatted);
		assertEquals(formatted, PlanTesting.format(PlanTesting.parse(formatted)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "metaclasses/every-metaclass.plan", "metaclasses/other-plan.plan",
			"lillestrom/handlingsplan-2022.plan", "lillestrom/strategi-2022.plan", "lillestrom/actors.plan" })
	void formattingIsIdempotentAndKeepsTheModel(String file) {
		String original = PlanTesting.read(PlanTesting.RESOURCES.resolve(file));
		XtextResource parsed = PlanTesting.parse(original);
		String once = PlanTesting.format(parsed);
		XtextResource reparsed = PlanTesting.parse(once);
		String twice = PlanTesting.format(reparsed);
		assertEquals(once, twice);
		assertNull(ModelDiff.firstDifference(parsed.getContents().get(0), reparsed.getContents().get(0)), once);
		assertEquals(count(original, "//") + count(original, "/*"), count(once, "//") + count(once, "/*"),
				"comments are kept:\n" + once);
	}

	@Test
	void theTestFilesAreThemselvesInCanonicalLayout() {
		for (String file : new String[] { "metaclasses/every-metaclass.plan", "lillestrom/handlingsplan-2022.plan",
				"lillestrom/strategi-2022.plan", "lillestrom/actors.plan" }) {
			Path path = PlanTesting.RESOURCES.resolve(file);
			String text = PlanTesting.read(path);
			assertEquals(text, PlanTesting.format(PlanTesting.parse(text)), file);
		}
	}

	private static int count(String text, String what) {
		int count = 0;
		for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
			count++;
		}
		return count;
	}
}
