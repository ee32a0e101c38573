package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.veikart.model.check.ElementLocations;

/**
 * The shared model checker's rules (duplicate ids, cycles, empty titles, dates, periods) reach plan
 * files as Xtext diagnostics with the checker's codes, on the right element and line, in EXACT mode.
 * Missing ids of elements whose id the syntax makes optional, and dangling references (already linking
 * errors), are not reported twice.
 */
class ModelCheckInTextTest {

	private static void assertIssues(XtextResource resource, String... expected) {
		assertEquals(List.of(expected), PlanTesting.issues(resource), PlanTesting.located(resource));
	}

	@Test
	void duplicateIdsAreErrorsOnTheSecondElement() {
		XtextResource resource = PlanTesting.parse("""
				plan p "Plan" {
				  measure m1 "Første"
				  measure m1 "Andre"
				}
				""");
		assertIssues(resource,
				"ERROR veikart.duplicate-id: Measure 'Andre' (m1): id 'm1' is already used by Measure 'Første' at line 2");
		assertEquals(3, lineOf(resource, "veikart.duplicate-id"));
	}

	@Test
	void validationLeavesTheResourceUnchanged() {
		XtextResource resource = PlanTesting.parse("""
				plan p "Plan" {
				  measure m1 "Første"
				  measure m1 "Andre"
				}
				""");
		// a table a loader recorded must survive; validation used to swap in and drop its own
		ElementLocations recorded = ElementLocations.install(resource);
		List<Object> adapters = List.copyOf(resource.eAdapters());
		PlanTesting.issues(resource);
		// concurrent language-server requests read the resource while it is validated
		assertEquals(adapters, List.copyOf(resource.eAdapters()));
		assertEquals(0, recorded.size());
	}

	@Test
	void contributesToAndVariantOfCyclesAreErrors() {
		assertIssues(PlanTesting.parse("""
				plan p "Plan" {
				  main-goal g1 "En" { contributes-to g2 }
				  main-goal g2 "To" { contributes-to g1 }
				  measure m1 "Tiltak" { variant-of m1 }
				}
				"""),
				"ERROR veikart.contributes-to-cycle: 'contributesTo' links form a cycle: Goal 'En' (g1) -> Goal 'To' (g2) -> Goal 'En' (g1)",
				"ERROR veikart.variant-of-cycle: 'variantOf' links form a cycle: Measure 'Tiltak' (m1) -> Measure 'Tiltak' (m1)");
	}

	@Test
	void planRelationCyclesAcrossFilesAreWarningsInEachFile() {
		XtextResource first = PlanTesting.parse("""
				plan p1 "Strategi" { concretises p2 }
				""", """
				plan p2 "Handlingsplan" { builds-on p1 }
				""");
		assertIssues(first,
				"WARNING veikart.plan-relation-cycle: plan relations form a cycle: Plan 'Strategi' (p1) -> Plan 'Handlingsplan' (p2) -> Plan 'Strategi' (p1)");
	}

	@Test
	void emptyTitlesAreWarningsAndOnlyInfoWhenMissingInSource() {
		assertIssues(PlanTesting.parse("""
				plan p "Plan" {
				  measure m1
				  measure m2 "" 
				  sub-goal g1 code "A" { note missing-in-source "Delmålet står bare som bokstav i kilden" }
				}
				"""),
				"WARNING veikart.empty-title: Measure (m1) has no title (add a MISSING_IN_SOURCE note if the source has none)",
				"WARNING veikart.empty-title: Measure (m2) has no title (add a MISSING_IN_SOURCE note if the source has none)",
				"INFO veikart.empty-title: Goal 'A' (g1) has no title; the source document has none either (MISSING_IN_SOURCE note)");
	}

	@Test
	void invalidDatesAndInvertedPeriodsAreErrors() {
		XtextResource resource = PlanTesting.parse("""
				plan p "Plan" {
				  period 2030 to 2022
				  adopted 2022-13
				  measure m1 "Tiltak" { scheduled from 2022-02-30 }
				}
				""");
		List<String> issues = PlanTesting.issues(resource);
		assertEquals(List.of("ERROR veikart.invalid-period", "ERROR veikart.invalid-date", "ERROR veikart.invalid-date"),
				issues.stream().map(issue -> issue.substring(0, issue.indexOf(':'))).toList(), PlanTesting.located(resource));
		assertEquals(List.of(2, 3, 4), PlanTesting.WORKSPACE.validate(resource).stream().map(Issue::getLineNumber).toList());
	}

	@Test
	void unresolvedReferencesAreReportedOnceAsLinkingErrors() {
		assertIssues(PlanTesting.parse("""
				plan p "Plan" { concretises missing-plan }
				"""),
				"ERROR veikart.dsl.unresolved-reference: No plan with id 'missing-plan' is defined in this file or in the files loaded with it.");
	}

	private static int lineOf(XtextResource resource, String code) {
		return PlanTesting.WORKSPACE.validate(resource).stream().filter(issue -> code.equals(issue.getCode()))
				.findFirst().orElseThrow().getLineNumber();
	}
}
