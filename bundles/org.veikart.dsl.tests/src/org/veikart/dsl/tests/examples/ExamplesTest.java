package org.veikart.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Direction;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.RelationKind;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgRelationKind;

/**
 * The seed plans in {@code <veikart.root>/examples}: all {@code .plan} files load together as one
 * folder (as {@code ./veikart validate examples/} sees them) without errors, every statement that the
 * manifests in {@code examples/sources} (one per seed text) list appears verbatim in the named example, and the Lillestrøm
 * plans carry the links that the seeds state (001 concretises 002, SDG anchoring of 002's areas, the
 * duplicated measure, the quoted main goals, the baselines in prose).
 */
class ExamplesTest {

	private static Path examples;
	private static PlanWorkspace workspace;
	private static XtextResourceSet folder;

	@BeforeAll
	static void load() {
		examples = Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize().resolve("examples");
		workspace = PlanWorkspace.create();
		folder = workspace.loadFolder(examples);
	}

	private static Resource resource(String file) {
		Resource resource = folder.getResource(URI.createFileURI(examples.resolve(file).toString()), false);
		assertNotNull(resource, file + " is not in " + examples);
		return resource;
	}

	private static Plan plan(String file) {
		return (Plan) resource(file).getContents().get(0);
	}

	@Test
	void theLillestromExamplesAndTheirManifestsExist() {
		List<String> files = PlanWorkspace.planFiles(examples).stream().map(file -> file.getFileName().toString()).toList();
		assertTrue(files.containsAll(List.of("actors.plan", "lillestrom-handlingsplan.plan", "lillestrom-strategi.plan")),
				files.toString());
	}

	@Test
	void everySeedHasANonEmptyManifestWhoseExamplesExist() throws IOException {
		Path sources = examples.resolve("sources");
		List<String> seeds;
		try (Stream<Path> listed = Files.list(sources)) {
			seeds = listed.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt"))
					.map(name -> name.substring(0, name.length() - ".txt".length())).sorted().toList();
		}
		assertEquals(List.of("000_a8054f89918ad53b", "001_634af28027b98686", "002_1d7b5765fae57f64", "004_81d8d2be9b9e625e"),
				seeds, "the seed texts in " + sources);
		for (String seed : seeds) {
			Path manifest = sources.resolve(seed + ".statements");
			assertTrue(Files.isRegularFile(manifest), "seed " + seed + ".txt has no manifest " + manifest.getFileName());
			List<StatementManifest.Entry> entries = StatementManifest.read(manifest);
			assertFalse(entries.isEmpty(), manifest.getFileName() + " lists no statements");
			for (StatementManifest.Entry entry : entries) {
				assertTrue(Files.isRegularFile(examples.resolve(entry.example())),
						entry.where() + ": example " + entry.example() + " does not exist");
			}
		}
	}

	@Test
	void everyExampleValidatesWithoutErrors() {
		List<String> errors = new ArrayList<>();
		for (Path file : PlanWorkspace.planFiles(examples)) {
			for (Issue issue : workspace.validate(resource(examples.relativize(file).toString()))) {
				String line = examples.relativize(file) + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
						+ issue.getSeverity().name().toLowerCase() + ": " + issue.getMessage();
				if (issue.getSeverity() == Severity.ERROR) {
					errors.add(line);
				} else {
					System.out.println(line); // warnings are allowed, but worth seeing in the build log
				}
			}
		}
		assertEquals(List.of(), errors, "errors in examples/:\n" + String.join("\n", errors));
	}

	@Test
	void everyManifestStatementAppearsVerbatimInItsExample() {
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (Path manifest : StatementManifest.find(examples.resolve("sources"))) {
			for (StatementManifest.Entry entry : StatementManifest.read(manifest)) {
				Resource resource = folder.getResource(URI.createFileURI(examples.resolve(entry.example()).toString()), false);
				if (resource == null || resource.getContents().isEmpty()) {
					missing.add(entry.where() + ": example " + entry.example() + " is not in examples/");
				} else if (!Texts.of(resource.getContents().get(0)).contains(entry.statement())) {
					missing.add(entry.where() + ": not verbatim in " + entry.example() + ": " + entry.statement());
				}
				checked++;
			}
		}
		assertTrue(checked > 0, "no manifest entries found");
		assertEquals(List.of(), missing, missing.size() + " of " + checked + " statements missing:\n" + String.join("\n", missing));
	}

	@Test
	void theActionPlanConcretisesTheStrategyWhichBuildsOnSorum() {
		Plan actionPlan = plan("lillestrom-handlingsplan.plan");
		Plan strategy = plan("lillestrom-strategi.plan");
		assertSame(strategy, targetOf(actionPlan, RelationKind.CONCRETISES));
		Plan sorum = targetOf(strategy, RelationKind.BUILDS_ON);
		assertNotNull(sorum, "002 builds on the Sørum strategy (seed 002 lines 111-112)");
		assertEquals("sorum-naeringsstrategi", sorum.getId());
		assertFalse(sorum.eIsProxy());
	}

	private static Plan targetOf(Plan plan, RelationKind kind) {
		return plan.getRelations().stream().filter(relation -> relation.getKind() == kind && relation.getTargetPlan() != null)
				.map(relation -> relation.getTargetPlan()).findFirst().orElse(null);
	}

	@Test
	void theStrategyAreasAreAnchoredInTheSdgsTheSeedNames() {
		Map<String, TreeSet<Integer>> anchored = new TreeMap<>();
		for (FocusArea area : plan("lillestrom-strategi.plan").getFocusAreas()) {
			TreeSet<Integer> goals = anchored.computeIfAbsent(area.getCode(), code -> new TreeSet<>());
			for (SdgReference reference : area.getSdgReferences()) {
				assertEquals(SdgRelationKind.ANCHORED_IN, reference.getKind(), area.getId());
				assertFalse(reference.getGoal().eIsProxy(), area.getId() + ": SDG goal not resolved");
				assertTrue(reference.getLabel().contains("nr. " + reference.getGoal().getNumber()), reference.getLabel());
				goals.add(reference.getGoal().getNumber());
			}
		}
		// DOMAIN.md: area 1 -> 3, 7, 13; area 2 -> 8, 9; area 3 -> 8, 11; area 4 -> 11; area 5 -> 9, 17
		assertEquals(Map.of("1.", new TreeSet<>(List.of(3, 7, 13)), "2.", new TreeSet<>(List.of(8, 9)), "3.",
				new TreeSet<>(List.of(8, 11)), "4.", new TreeSet<>(List.of(11)), "5.", new TreeSet<>(List.of(9, 17))), anchored);
	}

	@Test
	void theActionPlanHas43MeasuresAndLinksTheDuplicatedOne() {
		Plan actionPlan = plan("lillestrom-handlingsplan.plan");
		List<Measure> measures = new ArrayList<>();
		actionPlan.eAllContents().forEachRemaining(object -> {
			if (object instanceof Measure measure) {
				measures.add(measure);
			}
		});
		assertEquals(43, measures.size());
		List<Measure> fund = measures.stream().filter(measure -> measure.getTitle().startsWith("Årlig utlysning av næringsfond")).toList();
		assertEquals(2, fund.size(), "the annual call for the næringsfond appears under strategies 1B and 2B");
		assertFalse(fund.get(0).isDuplicate());
		assertTrue(fund.get(1).isDuplicate());
		assertEquals(List.of(fund.get(0)), fund.get(1).getVariantOf());
	}

	@Test
	void theActionPlansMainGoalsAreQuotedFromTheStrategy() {
		Plan actionPlan = plan("lillestrom-handlingsplan.plan");
		Plan strategy = plan("lillestrom-strategi.plan");
		List<Goal> mainGoals = actionPlan.getGoals().stream().filter(goal -> goal.getKind() == GoalKind.MAIN).toList();
		assertEquals(7, mainGoals.size());
		for (Goal goal : mainGoals) {
			assertSame(strategy, goal.getQuotedFrom().getSourcePlan(), goal.getId());
			assertFalse(goal.isOwned());
			assertEquals(1, goal.getVariantOf().size(), goal.getId());
			Goal original = (Goal) goal.getVariantOf().get(0);
			assertSame(strategy, original.eContainer(), goal.getId());
			// the two documents differ only in a final full stop (goal 6)
			assertEquals(withoutFullStop(original.getTitle()), withoutFullStop(goal.getTitle()), goal.getId());
		}
	}

	private static String withoutFullStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	@Test
	void theBaselinesInTheStrategysProseAreIndicators() {
		Map<String, Indicator> indicators = new TreeMap<>();
		plan("lillestrom-strategi.plan").getIndicators().forEach(indicator -> indicators.put(indicator.getId(), indicator));
		Indicator rank = indicators.get("st-ind-kommune-nm");
		assertEquals("plass", rank.getUnit());
		assertEquals(Direction.LOWER_IS_BETTER, rank.getDirection());
		assertEquals(2021, rank.getBaseline().getYear());
		assertEquals(0, new BigDecimal("18").compareTo(rank.getBaseline().getValue()));
		Indicator purchases = indicators.get("st-ind-private-innkjop");
		assertEquals(0, new BigDecimal("8.2").compareTo(purchases.getBaseline().getValue()));
		assertTrue(purchases.getBaseline().getComparison().contains("10 %"));
		Indicator valueAdded = indicators.get("st-ind-verdiskaping");
		assertEquals(2020, valueAdded.getBaseline().getYear());
		assertEquals(0, new BigDecimal("650000").compareTo(valueAdded.getBaseline().getValue()));
		assertTrue(valueAdded.getBaseline().getComparison().contains("692 000"));
		// the effect goal of the action plan is measured by the strategy's indicator
		Goal effectGoal = plan("lillestrom-handlingsplan.plan").getGoals().stream()
				.filter(goal -> goal.getKind() == GoalKind.EFFECT && !goal.getMeasuredBy().isEmpty()).findFirst().orElseThrow();
		assertSame(rank, effectGoal.getMeasuredBy().get(0));
	}
}
