package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Parsing, linking, validation and formatting never throw on broken text, broken text always gets an
 * error with a position, and the formatter leaves it unchanged. (Xtext's own region access cannot be
 * built for a file without any element, so formatting is not tried there.) Cases: the seed action plan cut off after every line, and random byte
 * edits (fixed seed, so a failure can be reproduced).
 */
class RobustnessTest {

	private static final String PLAN = PlanTesting.read(PlanTesting.RESOURCES.resolve("lillestrom/handlingsplan-2022.plan"));

	@Test
	void truncatedAfterEveryLine() {
		List<String> cases = new ArrayList<>();
		for (int end = PLAN.indexOf('\n'); end >= 0; end = PLAN.indexOf('\n', end + 1)) {
			cases.add(PLAN.substring(0, end));
		}
		cases.add("");
		cases.forEach(RobustnessTest::check);
	}

	@Test
	void randomEdits() {
		Random random = new Random(20221122);
		String alphabet = "{}\".-,^/*\n abc19";
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder(PLAN);
			for (int edit = 0; edit < 1 + random.nextInt(4); edit++) {
				int at = random.nextInt(text.length());
				switch (random.nextInt(3)) {
					case 0 -> text.deleteCharAt(at);
					case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
					default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			check(text.toString());
		}
	}

	private static void check(String text) {
		XtextResource resource = PlanTesting.parse(text);
		List<Issue> issues = PlanTesting.WORKSPACE.validate(resource);
		if (!resource.getParseResult().hasSyntaxErrors()) {
			PlanTesting.format(resource);
			return; // an edit may well leave valid text
		}
		assertFalse(issues.isEmpty(), "no diagnostics for broken text:\n" + text);
		if (!resource.getContents().isEmpty()) {
			assertEquals(text, PlanTesting.format(resource), "text with syntax errors is left as it is");
		}
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.ERROR) {
				assertTrue(issue.getLineNumber() != null && issue.getLineNumber() >= 1 && issue.getColumn() != null,
						"error without position: " + issue);
			}
		}
	}
}
