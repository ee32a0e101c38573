package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * EXACT-mode validation tests: each test parses a small plan and asserts the complete list of
 * diagnostics (severity, code and message, in document order), so that a rule that reports too much,
 * too little or the wrong text fails. Codes: veikart.dsl.* from PlanIssueCodes, veikart.* from the
 * shared model checker.
 */
class ValidationTest {

	private static void assertIssues(String text, String... expected) {
		assertIssues(PlanTesting.parse(text), expected);
	}

	private static void assertIssues(XtextResource resource, String... expected) {
		assertEquals(List.of(expected), PlanTesting.issues(resource), PlanTesting.located(resource));
	}

	@Test
	void aCleanPlanHasNoIssues() {
		assertIssues("""
				plan p "Plan" {
				  period 2022 to 2024
				  focus-area a1 code "1." "Område" {
				    sdg 8.2
				    strategy s1 code "Strategi A" "Strategi" {
				      measure m1 "Tiltak" { scheduled in 2022 2024 from 2022-03 until 2024 }
				    }
				  }
				  indicator i1 "Indikator" {
				    baseline in 2021 value 18
				    target in 2024 value 10
				  }
				}
				""");
	}

	@Test
	void duplicateCodesUnderOneParentAreErrorsButMayRepeatUnderAnotherParent() {
		assertIssues("""
				plan p "Plan" {
				  focus-area a1 code "1." "En" {
				    strategy s1 code "Strategi A" "Første"
				    strategy s2 code "Strategi A" "Andre"
				    measure m1 code "Strategi A" "Et tiltak, en annen liste"
				  }
				  focus-area a2 code "1." "To" {
				    strategy s3 code "Strategi A" "Tredje"
				  }
				}
				""",
				"ERROR veikart.dsl.duplicate-code: Duplicate code 'Strategi A' under focus area 'a1': strategy 's1' on line 3 has the same code.",
				"ERROR veikart.dsl.duplicate-code: Duplicate code '1.' under plan 'p': focus area 'a1' on line 2 has the same code.");
	}

	@Test
	void duplicateCodeOnAnElementMissingInSourceIsAWarning() {
		assertIssues("""
				plan p "Plan" {
				  main-goal g1 code "A" "Mål"
				  main-goal g2 code "A" "Mål" { note missing-in-source "Koden er trykt to ganger i kilden" }
				}
				""",
				"WARNING veikart.dsl.duplicate-code: Duplicate code 'A' under plan 'p': goal 'g1' on line 2 has the same code.");
	}

	/** Two measures with one id; the second has an invalid start date, a repeated clause and {@code note}. */
	private static String duplicateMeasure(String note) {
		return """
				plan p "Plan" {
				  measure m1 "Første"
				  measure m1 "Andre" { text "a" scheduled from 2022-02-30 text "b" %s}
				}
				""".formatted(note);
	}

	@Test
	void duplicateIdInvalidDateAndRepeatedClauseAreErrors() {
		assertIssues(duplicateMeasure(""),
				"ERROR veikart.duplicate-id: Measure 'Andre' (m1): id 'm1' is already used by Measure 'Første' at line 2",
				"ERROR veikart.invalid-date: Schedule of Measure 'Andre' (m1): start date '2022-02-30' is invalid (day 30 does not exist in 2022-02; allowed: YYYY, YYYY-MM or YYYY-MM-DD)",
				"ERROR veikart.dsl.repeated-clause: 'text' is given more than once in measure 'm1': only the last value would be kept; remove the other");
	}

	@Test
	void duplicateIdInvalidDateAndRepeatedClauseAreWarningsOnAnElementMissingInSource() {
		assertIssues(duplicateMeasure("note missing-in-source \"Kilden bruker samme nummer to ganger\" "),
				"WARNING veikart.duplicate-id: Measure 'Andre' (m1): id 'm1' is already used by Measure 'Første' at line 2",
				"WARNING veikart.invalid-date: Schedule of Measure 'Andre' (m1): start date '2022-02-30' is invalid (day 30 does not exist in 2022-02; allowed: YYYY, YYYY-MM or YYYY-MM-DD)",
				"WARNING veikart.dsl.repeated-clause: 'text' is given more than once in measure 'm1': only the last value would be kept; remove the other");
	}

	@Test
	void unresolvedReferenceSuggestsTheClosestIds() {
		assertIssues("""
				plan p "Plan" {
				  owner lilestrom-kommune
				  actor lillestrom-kommune "Lillestrøm kommune"
				  actor lillestrom-kommunen "Kommunen"
				  actor bedrift "Bedrift"
				  main-goal g1 "Mål" { contributes-to nothing-like-it }
				}
				""",
				"ERROR veikart.dsl.unresolved-reference: No actor with id 'lilestrom-kommune' is defined in this file or in the files loaded with it. Did you mean lillestrom-kommune or lillestrom-kommunen?",
				"ERROR veikart.dsl.unresolved-reference: No plan element with id 'nothing-like-it' is defined in this file or in the files loaded with it.");
	}

	@Test
	void unknownSdgNumbersAreErrorsWithTheClosestNumbers() {
		assertIssues("""
				plan p "Plan" {
				  sdg 18
				  sdg 8.99
				  sdg 8.z
				}
				""",
				"ERROR veikart.dsl.unknown-sdg: SDG goal 18 does not exist: the goals are numbered 1 to 17. Did you mean 8, 1 or 17?",
				"ERROR veikart.dsl.unknown-sdg: SDG target 8.99 does not exist in the catalogue. Did you mean 8.9, 8.8 or 8.7?",
				"ERROR veikart.dsl.unknown-sdg: SDG target 8.z does not exist in the catalogue. Did you mean 8.b, 8.a or 8.9?");
	}

	@Test
	void goalTagIsRedundantWhenOneOfItsTargetsIsTaggedWithTheSameKind() {
		assertIssues("""
				plan p "Plan" {
				  focus-area a1 "Område" {
				    sdg 8
				    sdg 8.2
				    sdg anchored-in 9
				    sdg 9.5
				    sdg 11.3
				    sdg 11.3
				  }
				}
				""",
				"WARNING veikart.dsl.redundant-sdg-goal: SDG goal 8 is redundant: its target 8.2 is tagged on the same element, which implies the goal.",
				"WARNING veikart.dsl.duplicate-sdg: SDG target 11.3 is tagged twice on focus area 'a1'.");
	}

	@Test
	void indicatorsWithoutBaselineOrTargetAreWarnings() {
		assertIssues("""
				plan p "Plan" {
				  indicator i1 "Uten tall"
				  indicator i2 "Bare utgangspunkt" { baseline in 2021 value 3 }
				  indicator i3 "Bare mål" { target in 2024 value 5 }
				}
				""",
				"WARNING veikart.dsl.missing-baseline: Indicator 'i1' has no baseline; add one (e.g. baseline in 2021 value 18) so progress can be measured.",
				"WARNING veikart.dsl.missing-target: Indicator 'i1' has no target; add at least one (e.g. target in 2024 value 10).",
				"WARNING veikart.dsl.missing-target: Indicator 'i2' has no target; add at least one (e.g. target in 2024 value 10).",
				"WARNING veikart.dsl.missing-baseline: Indicator 'i3' has no baseline; add one (e.g. baseline in 2021 value 18) so progress can be measured.");
	}

	@Test
	void targetYearsOutsideThePlanPeriodAreWarnings() {
		assertIssues("""
				plan p "Plan" {
				  period 2022 to 2024
				  indicator i1 "Indikator" {
				    baseline in 2020 value 1
				    target in 2024 value 2
				    target in 2030 value 3
				    target period "2025-2026" value 4
				  }
				}
				""",
				"WARNING veikart.dsl.target-outside-period: Target year 2030 of indicator 'i1' is outside the plan period 2022-2024.");
	}

	@Test
	void measureSchedulesOutsideThePeriodOfThePlanOrOfTheirPartAreWarnings() {
		assertIssues("""
				plan p "Plan" {
				  period 2022 to 2030
				  part tiltaksdel "Tiltaksdel" {
				    period 2022 to 2024
				    elements a1
				  }
				  focus-area a1 "Område" {
				    measure m1 "I delen" { scheduled in 2023 2026 from 2021-09 until 2025 }
				  }
				  measure m2 "Utenfor delen" { scheduled in 2026 2031 }
				}
				""",
				"WARNING veikart.dsl.schedule-outside-period: Measure 'm1' is scheduled in 2026, outside the period 2022-2024 of part 'tiltaksdel'.",
				"WARNING veikart.dsl.schedule-outside-period: Measure 'm1' starts in 2021-09, outside the period 2022-2024 of part 'tiltaksdel'.",
				"WARNING veikart.dsl.schedule-outside-period: Measure 'm1' ends in 2025, outside the period 2022-2024 of part 'tiltaksdel'.",
				"WARNING veikart.dsl.schedule-outside-period: Measure 'm2' is scheduled in 2031, outside the plan period 2022-2030.");
	}

	@Test
	void openPeriodsAreCheckedOnTheSideThatIsSet() {
		assertIssues("""
				plan p "Plan" {
				  period 2022
				  measure m1 "Tiltak" { scheduled in 2021 2040 }
				}
				""",
				"WARNING veikart.dsl.schedule-outside-period: Measure 'm1' is scheduled in 2021, outside the plan period from 2022.");
	}

	@Test
	void aSingleValueWrittenTwiceIsAnErrorOnTheSecondClause() {
		assertIssues("""
				plan p "Plan" {
				  measure m1 "Tiltak" {
				    text "Første tekst"
				    recurrence annual
				    text "Andre tekst"
				  }
				}
				""",
				"ERROR veikart.dsl.repeated-clause: 'text' is given more than once in measure 'm1': only the last value would be kept; remove the other");
	}
}
