package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.model.ActorRegistry;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanKind;
import org.veikart.model.Recurrence;
import org.veikart.model.RelationKind;
import org.veikart.model.SdgRelationKind;
import org.veikart.model.Strategy;
import org.veikart.model.TermLevel;

/**
 * Parses the Lillestrøm test files (seed 001 action plan, an excerpt of the seed 002 strategy and a
 * shared actors file) as one folder and checks that the text becomes the expected model, verbatim,
 * with references resolved across the files, and without errors.
 */
class SeedPlanParsingTest {

	private static XtextResourceSet folder;
	private static Plan actionPlan;
	private static Plan strategy;
	private static ActorRegistry actors;

	@BeforeAll
	static void load() {
		folder = PlanTesting.WORKSPACE.loadFolder(PlanTesting.RESOURCES.resolve("lillestrom"));
		actionPlan = (Plan) root("handlingsplan-2022.plan");
		strategy = (Plan) root("strategi-2022.plan");
		actors = (ActorRegistry) root("actors.plan");
	}

	private static Object root(String file) {
		URI uri = URI.createFileURI(PlanTesting.RESOURCES.resolve("lillestrom").resolve(file).toString());
		Resource resource = folder.getResource(uri, false);
		assertNotNull(resource, file + " was not loaded");
		return resource.getContents().get(0);
	}

	@Test
	void everyFileOfTheFolderValidatesWithoutErrors() {
		assertEquals(4, folder.getResources().size(), "three plan files and the SDG catalogue");
		for (Resource resource : folder.getResources()) {
			if (resource instanceof XtextResource xtext) {
				List<String> errors = PlanTesting.issues(xtext).stream().filter(issue -> issue.startsWith("ERROR")).toList();
				assertEquals(List.of(), errors, resource.getURI().lastSegment() + ":\n" + PlanTesting.located(xtext));
			}
		}
	}

	@Test
	void planHeaderBecomesPlanAttributes() {
		assertEquals("lillestrom-handlingsplan", actionPlan.getId());
		assertEquals("Handlingsplan for næringsutvikling 2022-2024", actionPlan.getTitle());
		assertEquals(PlanKind.ACTION_PLAN, actionPlan.getKind());
		assertEquals(2022, actionPlan.getPeriod().getStartYear());
		assertEquals(2024, actionPlan.getPeriod().getEndYear());
		assertEquals("2022-2024", actionPlan.getPeriod().getLabel());
		assertEquals("001_634af28027b98686.txt", actionPlan.getProvenance().getSource());
		assertEquals(151, actionPlan.getProvenance().getEndLine());
		assertEquals("2022-05", strategy.getPublished());
	}

	@Test
	void multiLineTextKeepsItsLineBreakVerbatim() {
		assertTrue(actionPlan.getText().startsWith("Næringsstrategien er det sentrale styringsdokumentet"));
		assertTrue(actionPlan.getText().contains("fortrinnene i kommunen.\nFor å understøtte ambisjonen"),
				actionPlan.getText());
	}

	@Test
	void vocabularyKeepsThePlansOwnWords() {
		assertEquals(6, actionPlan.getVocabulary().size());
		var focusArea = actionPlan.getVocabulary().get(2);
		assertEquals(TermLevel.FOCUS_AREA, focusArea.getLevel());
		assertEquals("Innsatsområde", focusArea.getSingular());
		assertEquals("Innsatsområder", focusArea.getPlural());
	}

	@Test
	void structureNestsAreasStrategiesSubStrategiesAndMeasuresWithPrintedCodes() {
		assertEquals(List.of("1.", "2.", "5."), actionPlan.getFocusAreas().stream().map(FocusArea::getCode).toList());
		FocusArea area1 = actionPlan.getFocusAreas().get(0);
		assertEquals(List.of("Strategi A", "Strategi B", "Strategi C"),
				area1.getStrategies().stream().map(Strategy::getCode).toList());
		Strategy strategyC = area1.getStrategies().get(2);
		assertEquals(2, strategyC.getSubStrategies().size());
		assertEquals(6, strategyC.getMeasures().size());
		assertEquals("Aktivt understøtte UiOs ambisjoner om etablering av 500 studieplasser på Kjeller.",
				strategyC.getMeasures().get(3).getTitle());
		assertEquals("Etablere kontakt med Innovasjon Norges «Invest-in» avdeling.",
				area1.getStrategies().get(1).getMeasures().get(3).getTitle());
	}

	@Test
	void goalsQuotedFromTheStrategyAreNotOwned() {
		Goal main = actionPlan.getGoals().get(0);
		assertEquals(GoalKind.MAIN, main.getKind());
		assertFalse(main.isOwned());
		assertSame(strategy, main.getQuotedFrom().getSourcePlan());
		assertSame(strategy.getGoals().get(1), main.getVariantOf().get(0), "qualified reference into the other plan");
		Goal effect = actionPlan.getGoals().get(3);
		assertEquals(GoalKind.EFFECT, effect.getKind());
		assertSame(main, effect.getContributesTo().get(0));
		assertSame(strategy.getIndicators().get(0), effect.getMeasuredBy().get(0));
	}

	@Test
	void actorsResolveToTheSharedRegistryFile() {
		assertSame(actors.getActors().get(0), actionPlan.getOwner());
		assertSame(actors.getActors().get(0), strategy.getOwner());
		Measure withPartners = actionPlan.getFocusAreas().get(2).getStrategies().get(2).getMeasures().get(0);
		assertEquals(List.of("oslomet", "uio"), withPartners.getPartners().stream().map(a -> a.getId()).toList());
		assertSame(actors.eResource(), withPartners.getPartners().get(0).eResource());
		assertEquals(List.of("Oslo Met", "OsloMet"), actors.getActors().get(2).getAliases());
		assertSame(actors.getActors().get(0), actors.getActors().get(1).getPartOf());
	}

	@Test
	void planRelationsResolveAcrossFilesOrKeepTheDocumentTitle() {
		var concretises = actionPlan.getRelations().get(0);
		assertEquals(RelationKind.CONCRETISES, concretises.getKind());
		assertSame(strategy, concretises.getTargetPlan());
		var buildsOn = strategy.getRelations().get(0);
		assertEquals(RelationKind.BUILDS_ON, buildsOn.getKind());
		assertEquals(null, buildsOn.getTargetPlan());
		assertEquals("Strategi for næringsutvikling i Sørum 2015-2027", buildsOn.getDocumentTitle());
	}

	@Test
	void sdgTagsResolveToTheCatalogueWithTheLabelAsWritten() {
		var tags = strategy.getFocusAreas().get(0).getSdgReferences();
		assertEquals(2, tags.size());
		assertEquals(SdgRelationKind.ANCHORED_IN, tags.get(0).getKind());
		assertEquals(9, tags.get(0).getGoal().getNumber());
		assertEquals("veikart:/sdg/2020", tags.get(0).getGoal().eResource().getURI().toString());
		assertEquals("FNs bærekraftsmål nr. 9", tags.get(0).getLabel());
		assertEquals(17, tags.get(1).getGoal().getNumber());
	}

	@Test
	void measuresCarryScheduleRecurrenceAndVariantLinks() {
		Strategy strategy1b = actionPlan.getFocusAreas().get(0).getStrategies().get(1);
		Measure fund = strategy1b.getMeasures().get(2);
		assertEquals(Recurrence.ANNUAL, fund.getRecurrence());
		assertEquals("Årlig", fund.getRecurrenceText());
		assertEquals(List.of(2022, 2023, 2024), fund.getSchedule().getYears());
		Measure repeated = actionPlan.getFocusAreas().get(1).getStrategies().get(0).getMeasures().get(1);
		assertTrue(repeated.isDuplicate());
		assertSame(fund, repeated.getVariantOf().get(0));
	}

	@Test
	void indicatorFiguresAreNumbersWithTheVerbatimText() {
		var indicator = strategy.getIndicators().get(0);
		assertEquals("plass", indicator.getUnit());
		assertEquals(2021, indicator.getBaseline().getYear());
		assertEquals(0, new java.math.BigDecimal("18").compareTo(indicator.getBaseline().getValue()));
		assertEquals("18. plass", indicator.getBaseline().getValueText());
		assertEquals("nho", indicator.getSourceActor().getId());
	}
}
