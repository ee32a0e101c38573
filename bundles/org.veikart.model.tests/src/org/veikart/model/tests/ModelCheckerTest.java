package org.veikart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.model.DocumentRelation;
import org.veikart.model.Goal;
import org.veikart.model.Note;
import org.veikart.model.NoteKind;
import org.veikart.model.Plan;
import org.veikart.model.RelationKind;
import org.veikart.model.VeikartFactory;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.check.Severity;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.PlanResources;

/** Every rule of the {@link ModelChecker}, each with a case that triggers it and one that does not. */
class ModelCheckerTest
{
	private static final VeikartFactory F = VeikartFactory.eINSTANCE;

	@TempDir
	Path dir;

	private TestPlans plans;

	private TestPlans plans()
	{
		if (plans == null)
		{
			plans = TestPlans.inResource(dir.resolve("klima.xmi"));
		}
		return plans;
	}

	private List<ModelDiagnostic> check()
	{
		return new ModelChecker().check(plans().resource());
	}

	private String goal()
	{
		return "Goal '" + TestPlans.GOAL_LABEL + "' (" + plans().goal().getId() + ")";
	}

	private String area()
	{
		return "FocusArea 'A Transport' (" + plans().area().getId() + ")";
	}

	private static ModelDiagnostic single(List<ModelDiagnostic> diagnostics)
	{
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		return diagnostics.get(0);
	}

	private static void assertDiagnostic(ModelDiagnostic d, Severity severity, String code, String message)
	{
		assertEquals(code, d.code(), d.toString());
		assertEquals(severity, d.severity(), d.toString());
		assertEquals(message, d.message());
	}

	@Test
	void aRealisticPlanHasNoFindings()
	{
		assertEquals(List.of(), check());
	}

	@Test
	void formatIsFileLineColumnSeverityMessage()
	{
		plans().goal().setTitle(null);
		ModelDiagnostic d = single(check());
		String file = dir.resolve("klima.xmi").toAbsolutePath().toString();
		assertEquals(file, d.file());
		assertEquals(file + ":0:0: warning: " + d.message(), d.format(), "0:0 when the position is unknown");
		assertSame(plans().goal(), d.element());
		assertEquals("x:3:7: error: boom",
				new ModelDiagnostic(Severity.ERROR, "c", "boom", "x", 3, 7, null).format());
		assertEquals("<unknown>:0:0: info: hm", new ModelDiagnostic(Severity.INFO, "c", "hm", null, -1, -1, null).format());
	}

	@Test
	void positionsComeFromTheLocatorGiven()
	{
		plans().goal().setTitle(null);
		ModelDiagnostic d = single(new ModelChecker().check(plans().resource(),
				element -> java.util.Optional.of(new org.veikart.model.check.ElementLocations.Location(12, 3))));
		assertEquals(12, d.line());
		assertEquals(3, d.column());
	}

	// --- dangling references

	@Test
	void referenceToAnElementOutsideEveryResourceIsDangling()
	{
		Goal removed = F.createGoal();
		removed.setId("goal-removed1");
		removed.setTitle("Fjernet mål");
		plans().area().getContributesTo().add(removed);

		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.DANGLING_REFERENCE, area()
				+ ": 'contributesTo' refers to Goal 'Fjernet mål' (goal-removed1), which is not contained in any resource"
				+ " (deleted or never added)");
	}

	@Test
	void unresolvableProxyIsDangling()
	{
		Goal proxy = F.createGoal();
		((InternalEObject) proxy).eSetProxyURI(
				URI.createFileURI(dir.resolve("missing.xmi").toString()).appendFragment("goal-gone0001"));
		plans().area().getContributesTo().add(proxy);

		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.DANGLING_REFERENCE,
				area() + ": 'contributesTo' refers to 'missing.xmi#goal-gone0001', which cannot be resolved");
	}

	@Test
	void resolvableProxyIntoAnotherResourceIsFine()
	{
		ResourceSet set = plans().resource().getResourceSet();
		TestPlans other = TestPlans.inResource(set, dir.resolve("other.xmi"));
		Goal proxy = F.createGoal();
		((InternalEObject) proxy).eSetProxyURI(other.resource().getURI().appendFragment(other.goal().getId()));
		plans().area().getContributesTo().add(proxy);

		assertEquals(List.of(), check());
		assertSame(other.goal(), plans().area().getContributesTo().get(1), "the checker resolved the proxy");
	}

	// --- ids

	@Test
	void missingIdIsAnError()
	{
		plans().goal().setId(null);
		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.MISSING_ID,
				"Goal '" + TestPlans.GOAL_LABEL + "' has no id (ElementIds.ensureIds assigns one)");
	}

	@Test
	void duplicateIdInTheResourceIsReportedOnTheLaterElement()
	{
		String id = plans().goal().getId();
		plans().strategy().setId(id);

		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.DUPLICATE_ID,
				"Strategy 'A1 Legge til rette for gange og sykkel' (" + id + "): id '" + id
						+ "' is already used by Goal '" + TestPlans.GOAL_LABEL + "'");
		assertSame(plans().strategy(), check().get(0).element());
	}

	@Test
	void duplicateIdInAnotherResourceOfTheSetIsReported()
	{
		TestPlans other = TestPlans.inResource(plans().resource().getResourceSet(), dir.resolve("other.xmi"));
		other.measure().setId(plans().measure().getId());
		String id = plans().measure().getId();

		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.DUPLICATE_ID,
				"Measure 'A1.1 Bygge sykkelvei langs fylkesvei 1' (" + id + "): id '" + id
						+ "' is already used by Measure 'A1.1 Bygge sykkelvei langs fylkesvei 1' in "
						+ dir.resolve("other.xmi").toAbsolutePath());
	}

	@Test
	void distinctIdsInSeveralResourcesAreFine()
	{
		TestPlans.inResource(plans().resource().getResourceSet(), dir.resolve("other.xmi"));
		assertEquals(List.of(), check());
	}

	// --- cycles

	@Test
	void contributesToCycleIsAnErrorNamingThePath()
	{
		plans().goal().getContributesTo().add(plans().area());

		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.CONTRIBUTES_TO_CYCLE,
				"'contributesTo' links form a cycle: " + goal() + " -> " + area() + " -> " + goal());
		assertSame(plans().goal(), check().get(0).element(), "reported on the first element in the file");
	}

	@Test
	void elementContributingToItselfIsACycle()
	{
		plans().goal().getContributesTo().add(plans().goal());
		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.CONTRIBUTES_TO_CYCLE,
				"'contributesTo' links form a cycle: " + goal() + " -> " + goal());
	}

	@Test
	void contributesToChainsAndDiamondsAreNotCycles()
	{
		// measure -> strategy -> area -> goal and measure -> goal: a diamond, no cycle
		plans().measure().getContributesTo().add(plans().strategy());
		plans().strategy().getContributesTo().add(plans().area());
		plans().measure().getContributesTo().add(plans().goal());
		assertEquals(List.of(), check());
	}

	@Test
	void variantOfCycleIsAnError()
	{
		plans().strategy().getVariantOf().add(plans().measure());
		plans().measure().getVariantOf().add(plans().strategy());
		String strategy = "Strategy 'A1 Legge til rette for gange og sykkel' (" + plans().strategy().getId() + ")";
		String measure = "Measure 'A1.1 Bygge sykkelvei langs fylkesvei 1' (" + plans().measure().getId() + ")";

		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.VARIANT_OF_CYCLE,
				"'variantOf' links form a cycle: " + strategy + " -> " + measure + " -> " + strategy);
	}

	@Test
	void oneWayVariantIsFine()
	{
		plans().measure().getVariantOf().add(plans().strategy());
		assertEquals(List.of(), check());
	}

	@Test
	void plansRelatedInACircleAcrossFilesGiveAWarning() throws Exception
	{
		ResourceSet set = plans().resource().getResourceSet();
		TestPlans master = TestPlans.inResource(set, dir.resolve("master.xmi"));
		master.plan().setTitle("Kommuneplanens samfunnsdel");
		relate(plans().plan(), master.plan(), RelationKind.CONCRETISES);
		assertEquals(List.of(), check(), "one direction is fine");

		relate(master.plan(), plans().plan(), RelationKind.REFERENCES);
		String klima = "Plan '" + TestPlans.PLAN_TITLE + "' (" + plans().plan().getId() + ")";
		String kommune = "Plan 'Kommuneplanens samfunnsdel' (" + master.plan().getId() + ")";
		assertDiagnostic(single(check()), Severity.WARNING, ModelIssueCodes.PLAN_RELATION_CYCLE,
				"plan relations form a cycle: " + klima + " -> " + kommune + " -> " + klima);

		// The same through files: saving is allowed (warning), the cycle is found through proxies.
		PlanResources.save(master.resource(), dir.resolve("master.xmi"));
		PlanResources.save(plans().resource(), dir.resolve("klima.xmi"));
		Resource reloaded = PlanResources.load(PlanResources.newResourceSet(), dir.resolve("klima.xmi"));
		ModelDiagnostic d = single(new ModelChecker().check(reloaded));
		assertEquals(ModelIssueCodes.PLAN_RELATION_CYCLE, d.code());
		assertEquals(2, d.line(), "the plan element starts on line 2 of the saved file");
	}

	private static void relate(Plan from, Plan to, RelationKind kind)
	{
		DocumentRelation relation = F.createDocumentRelation();
		relation.setKind(kind);
		relation.setTargetPlan(to);
		from.getRelations().add(relation);
		ElementIds.ensureIds(from.eResource());
	}

	// --- titles

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void emptyTitleIsAWarning(String title)
	{
		plans().goal().setTitle(title);
		assertDiagnostic(single(check()), Severity.WARNING, ModelIssueCodes.EMPTY_TITLE, "Goal '1' ("
				+ plans().goal().getId() + ") has no title (add a MISSING_IN_SOURCE note if the source has none)");
	}

	@Test
	void emptyTitleMarkedMissingInSourceIsInfo()
	{
		plans().strategy().setTitle(null);
		plans().strategy().setCode(null);
		Note note = F.createNote();
		note.setKind(NoteKind.MISSING_IN_SOURCE);
		note.setText("Strategien har ingen tekst i dokumentet");
		plans().strategy().getNotes().add(note);

		assertDiagnostic(single(check()), Severity.INFO, ModelIssueCodes.EMPTY_TITLE, "Strategy ("
				+ plans().strategy().getId() + ") has no title; the source document has none either (MISSING_IN_SOURCE note)");
	}

	@Test
	void otherNotesDoNotExcuseAnEmptyTitle()
	{
		plans().measure().setTitle(null);
		Note note = F.createNote();
		note.setKind(NoteKind.COMMENT);
		plans().measure().getNotes().add(note);
		assertEquals(Severity.WARNING, single(check()).severity());
	}

	@Test
	void titlesAreOnlyRequiredForPlansGoalsStrategiesAndMeasures()
	{
		plans().area().setTitle(null);
		plans().indicator().setTitle(null);
		assertEquals(List.of(), check());
		plans().plan().setTitle(null);
		assertDiagnostic(single(check()), Severity.WARNING, ModelIssueCodes.EMPTY_TITLE, "Plan ("
				+ plans().plan().getId() + ") has no title (add a MISSING_IN_SOURCE note if the source has none)");
	}

	// --- dates

	@ParameterizedTest
	@ValueSource(strings = { "2022", "2022-05", "2022-05-17", "2024-02-29", "1999-12-31" })
	void validPartialDatesAreAccepted(String date)
	{
		plans().plan().setAdopted(date);
		plans().plan().setPublished(date);
		plans().measure().getSchedule().setStart(date);
		plans().measure().getSchedule().setEnd(date);
		assertEquals(List.of(), check());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"22|expected YYYY, YYYY-MM or YYYY-MM-DD",
			"2022-5|expected YYYY, YYYY-MM or YYYY-MM-DD",
			"17.05.2022|expected YYYY, YYYY-MM or YYYY-MM-DD",
			"2022-05-17T10:00|expected YYYY, YYYY-MM or YYYY-MM-DD",
			"''|expected YYYY, YYYY-MM or YYYY-MM-DD",
			"2022-13|month 13 does not exist",
			"2022-00-01|month 00 does not exist",
			"2023-02-29|day 29 does not exist in 2023-02",
			"2022-04-31|day 31 does not exist in 2022-04" })
	void invalidAdoptedDateIsAnError(String date, String reason)
	{
		plans().plan().setAdopted(date);
		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.INVALID_DATE,
				"Plan '" + TestPlans.PLAN_TITLE + "' (" + plans().plan().getId() + "): adopted date '" + date
						+ "' is invalid (" + reason + "; allowed: YYYY, YYYY-MM or YYYY-MM-DD)");
	}

	@Test
	void invalidPublishedAndScheduleDatesAreErrors()
	{
		plans().plan().setPublished("juni 2022");
		plans().measure().getSchedule().setEnd("2025-12-32");
		List<ModelDiagnostic> diagnostics = check();
		assertEquals(2, diagnostics.size(), diagnostics.toString());
		assertDiagnostic(diagnostics.get(0), Severity.ERROR, ModelIssueCodes.INVALID_DATE,
				"Plan '" + TestPlans.PLAN_TITLE + "' (" + plans().plan().getId()
						+ "): published date 'juni 2022' is invalid (expected YYYY, YYYY-MM or YYYY-MM-DD;"
						+ " allowed: YYYY, YYYY-MM or YYYY-MM-DD)");
		assertDiagnostic(diagnostics.get(1), Severity.ERROR, ModelIssueCodes.INVALID_DATE,
				"Schedule of Measure 'A1.1 Bygge sykkelvei langs fylkesvei 1' (" + plans().measure().getId()
						+ "): end date '2025-12-32' is invalid (day 32 does not exist in 2025-12;"
						+ " allowed: YYYY, YYYY-MM or YYYY-MM-DD)");
	}

	@Test
	void unsetDatesAreFine()
	{
		plans().plan().setAdopted(null);
		plans().plan().setPublished(null);
		plans().measure().getSchedule().setStart(null);
		assertEquals(List.of(), check());
	}

	// --- periods

	@Test
	void periodStartingAfterItEndsIsAnError()
	{
		plans().plan().getPeriod().setStartYear(2030);
		plans().plan().getPeriod().setEndYear(2022);
		assertDiagnostic(single(check()), Severity.ERROR, ModelIssueCodes.INVALID_PERIOD,
				"Period '2022 - 2030' of Plan '" + TestPlans.PLAN_TITLE + "' (" + plans().plan().getId()
						+ "): start year 2030 is after end year 2022");
	}

	@Test
	void singleYearAndOpenPeriodsAreFine()
	{
		plans().plan().getPeriod().setStartYear(2026);
		plans().plan().getPeriod().setEndYear(2026);
		assertEquals(List.of(), check());
		plans().plan().getPeriod().setEndYear(null);
		assertEquals(List.of(), check());
	}
}
