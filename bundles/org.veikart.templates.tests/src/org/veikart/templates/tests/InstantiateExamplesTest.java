package org.veikart.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Identifiable;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Strategy;
import org.veikart.model.io.PlanResources;
import org.veikart.templates.PlanText;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateKind;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.instantiate.Insertion;
import org.veikart.templates.instantiate.Instantiation;
import org.veikart.templates.instantiate.Instantiator;

/** Every starter template into a copy of every example where it fits; the result validates without errors. */
class InstantiateExamplesTest {

	static Stream<Arguments> contentTemplatesTimesExamples() throws TemplateException {
		List<Arguments> cases = new ArrayList<>();
		for (Template template : TemplateLibrary.starter().latest()) {
			if (template.kind() != TemplateKind.PLAN) {
				for (Path example : Fixtures.examplePlans()) {
					cases.add(Arguments.of(template.id(), example.getFileName().toString()));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} into {1}")
	@MethodSource("contentTemplatesTimesExamples")
	void insertsAndValidates(String templateId, String exampleName, @TempDir Path folder) throws Exception {
		Template template = TemplateLibrary.starter().require(templateId, null);
		Path file = Fixtures.copyExamples(folder).resolve(exampleName);
		Plan plan = Fixtures.load(file);
		PlanElement at = containerFor(template.kind(), plan);
		Insertion insertion = new Instantiator().insert(template, params(template), plan, at.getId(), null);
		assertFalse(insertion.all().isEmpty());
		Set<String> titles = new HashSet<>();
		for (PlanElement element : insertion.all()) {
			assertEquals(templateId, element.getOrigin().getTemplateId());
			assertEquals(template.version(), element.getOrigin().getTemplateVersion());
			titles.add(element.getTitle());
		}
		PlanText.write(plan, file);
		assertEquals(List.of(), Fixtures.errors(file));
		Plan reloaded = Fixtures.load(file);
		List<PlanElement> fromTemplate = fromTemplate(reloaded, templateId);
		assertTrue(fromTemplate.stream().map(PlanElement::getTitle).toList().containsAll(titles));
		assertTrue(fromTemplate.stream().allMatch(e -> e.getOrigin().getElementId() != null));
	}

	@ParameterizedTest(name = "theme as main goal into {0}")
	@MethodSource("examples")
	void themeBecomesAMainGoal(String exampleName, @TempDir Path folder) throws Exception {
		Path file = Fixtures.copyExamples(folder).resolve(exampleName);
		Plan plan = Fixtures.load(file);
		Template theme = TemplateLibrary.starter().require("naeringsvennlig-kommune", null);
		Insertion insertion = new Instantiator().insert(theme, Map.of("kommune", "Testby"), plan, plan.getId(), "main-goal");
		Goal goal = (Goal) insertion.placed().get(0);
		assertEquals(GoalKind.MAIN, goal.getKind());
		assertEquals("nv", goal.getOrigin().getElementId());
		assertEquals(3, goal.getStrategies().size());
		PlanText.write(plan, file);
		assertEquals(List.of(), Fixtures.errors(file));
	}

	static Stream<String> examples() {
		return Fixtures.examplePlans().stream().map(p -> p.getFileName().toString());
	}

	@Test
	void planVocabularyNamesTheLevel(@TempDir Path folder) throws Exception {
		Path file = Fixtures.copyExamples(folder).resolve("sorum-naeringsstrategi.plan");
		Plan plan = Fixtures.load(file);
		Template theme = TemplateLibrary.starter().require("naeringsvennlig-kommune", "1");
		Insertion insertion = new Instantiator().insert(theme, Map.of("kommune", "Sørum"), plan, plan.getId(), "Hovedmål");
		assertTrue(insertion.placed().get(0) instanceof Goal);
		insertion = new Instantiator().insert(theme, Map.of("kommune", "Sørum"), plan, plan.getId(), "satsinger");
		assertTrue(insertion.placed().get(0) instanceof FocusArea);
		assertEquals("Sørum kommune skal være en næringsvennlig kommune som er lett å samarbeide med.",
				insertion.placed().get(0).getText());
		TemplateException e = assertThrows(TemplateException.class,
				() -> new Instantiator().insert(theme, Map.of("kommune", "Sørum"), plan, plan.getId(), "kapittel"));
		assertTrue(e.getMessage().contains("unknown level 'kapittel'; use visjon (vision), hovedmål (main-goal), satsing (focus-area)"),
				e.getMessage());
	}

	@Test
	void sayWhereContentCanGo(@TempDir Path folder) throws Exception {
		Path file = Fixtures.copyExamples(folder).resolve("lillestrom-handlingsplan.plan");
		Plan plan = Fixtures.load(file);
		Template strategy = TemplateLibrary.starter().require("kommunen-som-innkjoper", null);
		int before = count(plan);
		TemplateException e = assertThrows(TemplateException.class,
				() -> new Instantiator().insert(strategy, Map.of(), plan, "hp-5b-t2", null));
		assertTrue(e.getMessage().contains("lillestrom-handlingsplan.plan:"), e.getMessage());
		assertTrue(e.getMessage().contains("template kommunen-som-innkjoper cannot go into measure hp-5b-t2"), e.getMessage());
		assertTrue(e.getMessage().contains("a strategy can go into a plan, a focus-area, a goal, a strategy"), e.getMessage());
		Template measure = TemplateLibrary.starter().require("bedriftsbesok", null);
		e = assertThrows(TemplateException.class, () -> new Instantiator().insert(measure, Map.of("kommune", "X"), plan, "hp-ambisjon", null));
		assertTrue(e.getMessage().contains("its measure 'Gjennomføre faste bedriftsbesøk i X med ordfører og næringsavdeling.' does not fit"
				+ " there (a goal holds goal, strategy); a measure can go into a plan, a focus-area, a strategy; or choose a level with --as"),
				e.getMessage());
		e = assertThrows(TemplateException.class, () -> new Instantiator().insert(strategy, Map.of(), plan, "hp-5x", null));
		assertTrue(e.getMessage().contains("has no element with id hp-5x; did you mean hp-5"), e.getMessage());
		assertEquals(before, count(plan));
	}

	@Test
	void actorsBindToTheSharedActorsByName(@TempDir Path folder) throws Exception {
		Path file = Fixtures.copyExamples(folder).resolve("drammen-omstillingsdyktig-naeringsliv.plan");
		Plan plan = Fixtures.load(file);
		Template ue = TemplateLibrary.starter().require("ungt-entreprenorskap", null);
		Measure measure = (Measure) new Instantiator().insert(ue, Map.of("kommune", "Drammen"), plan, plan.getId(), null).placed().get(0);
		assertEquals("ungt-entreprenorskap", measure.getPartners().get(0).getId());
		assertTrue(plan.getActors().stream().noneMatch(a -> "Ungt Entreprenørskap".equals(a.getName())));
	}

	@Test
	void unknownActorsAreCopiedIntoThePlan(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("liten.plan");
		java.nio.file.Files.writeString(file, "plan liten \"Liten plan\" { strategy s \"Skole og næringsliv\" }\n");
		Plan plan = Fixtures.load(file);
		Template ue = TemplateLibrary.starter().require("ungt-entreprenorskap", null);
		Measure measure = (Measure) new Instantiator().insert(ue, Map.of("kommune", "Bø"), plan, "s", null).placed().get(0);
		assertEquals(1, plan.getActors().size());
		assertEquals("Ungt Entreprenørskap", plan.getActors().get(0).getName());
		assertTrue(plan.getActors().get(0).getId().startsWith("actor-"), plan.getActors().get(0).getId());
		assertEquals(plan.getActors().get(0), measure.getPartners().get(0));
		PlanText.write(plan, file);
		assertEquals(List.of(), Fixtures.errors(file));
	}

	@ParameterizedTest(name = "new plan from {0}")
	@MethodSource("planTemplates")
	void newPlanValidatesWithFreshIdsAndOrigins(String templateId, @TempDir Path folder) throws Exception {
		Template template = TemplateLibrary.starter().require(templateId, null);
		Instantiation made = new Instantiator().newPlan(template, Map.of("kommune", "Testby"));
		Plan plan = made.plan();
		assertTrue(plan.getTitle().contains("2025") || plan.getTitle().contains("Testby"), plan.getTitle());
		assertFalse(made.diagnostics().isEmpty(), "the defaults used are reported");
		Set<String> templateIds = new HashSet<>();
		template.text().lines().forEach(templateIds::add);
		List<PlanElement> elements = new ArrayList<>(List.of(plan));
		plan.eAllContents().forEachRemaining(o -> { if (o instanceof PlanElement e) elements.add(e); });
		for (PlanElement element : elements) {
			assertNotNull(element.getOrigin(), element.getId());
			assertFalse(template.text().contains(" " + element.getId() + " "), element.getId());
			assertEquals(templateId, element.getOrigin().getTemplateId());
		}
		Path file = folder.resolve("ny.plan");
		plan.eResource().setURI(PlanResources.fileUri(file));
		PlanText.write(plan, file);
		assertEquals(List.of(), Fixtures.errors(file));
		Instantiation second = new Instantiator().newPlan(template, Map.of("kommune", "Annen"));
		assertFalse(second.plan().getId().equals(plan.getId()));
	}

	static Stream<String> planTemplates() throws TemplateException {
		return TemplateLibrary.starter().latest().stream().filter(t -> t.kind() == TemplateKind.PLAN).map(Template::id);
	}

	@Test
	void contentTemplateIsNotAPlan() throws TemplateException {
		Template theme = TemplateLibrary.starter().require("bedriftsbesok", null);
		TemplateException e = assertThrows(TemplateException.class, () -> new Instantiator().newPlan(theme, Map.of("kommune", "X")));
		assertTrue(e.getMessage().contains("is a measure template; a new plan needs a plan template"), e.getMessage());
	}

	private static Map<String, String> params(Template template) {
		Map<String, String> params = new HashMap<>();
		template.parameters().forEach(p -> { if (Fixtures.SAMPLE.containsKey(p.name())) params.put(p.name(), Fixtures.SAMPLE.get(p.name())); });
		return params;
	}

	/** The first element of the plan that holds the template's kind of content. */
	private static PlanElement containerFor(TemplateKind kind, Plan plan) {
		List<EObject> all = new ArrayList<>();
		plan.eAllContents().forEachRemaining(all::add);
		Class<?> wanted = switch (kind) {
			case STRATEGY -> FocusArea.class;
			case MEASURE -> Strategy.class;
			default -> Plan.class;
		};
		return all.stream().filter(wanted::isInstance).map(PlanElement.class::cast).findFirst().orElse(plan);
	}

	private static List<PlanElement> fromTemplate(Plan plan, String templateId) {
		List<PlanElement> found = new ArrayList<>();
		plan.eAllContents().forEachRemaining(o -> {
			if (o instanceof PlanElement e && e.getOrigin() != null && templateId.equals(e.getOrigin().getTemplateId())) {
				found.add(e);
			}
		});
		return found;
	}

	private static int count(Plan plan) {
		int[] n = {0};
		plan.eAllContents().forEachRemaining(o -> { if (o instanceof Identifiable) n[0]++; });
		return n[0];
	}
}
