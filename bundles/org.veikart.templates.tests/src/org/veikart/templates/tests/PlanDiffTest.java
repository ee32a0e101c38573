package org.veikart.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.model.FocusArea;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartFactory;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.diff.FeatureChange;
import org.veikart.templates.diff.Match;
import org.veikart.templates.diff.MatchKind;
import org.veikart.templates.diff.PlanDiff;
import org.veikart.templates.diff.PlanDiffer;
import org.veikart.templates.diff.Similarity;
import org.veikart.templates.instantiate.Instantiator;

class PlanDiffTest {

	static List<String> examples() {
		return InstantiateExamplesTest.examples().toList();
	}

	@ParameterizedTest(name = "{0} against itself")
	@MethodSource("examples")
	void planAgainstItselfIsEmpty(String example) {
		Path file = Fixtures.examples().resolve(example);
		PlanDiff diff = PlanDiffer.compare(Fixtures.load(file), Fixtures.load(file));
		assertTrue(diff.isEmpty(), () -> diff.changed() + " " + diff.added() + " " + diff.removed() + " " + diff.moved());
		assertEquals(PlanDiffer.elements(diff.a()).size() + 1, diff.matches().size());
	}

	@Test
	void lillestromAndSorumShareTheNaeringsvennligKommuneTheme() {
		Plan lillestrom = Fixtures.load(Fixtures.examples().resolve("lillestrom-handlingsplan.plan"));
		Plan sorum = Fixtures.load(Fixtures.examples().resolve("sorum-naeringsstrategi.plan"));
		PlanDiff diff = PlanDiffer.compare(lillestrom, sorum);
		Match theme = diff.matches().stream().filter(m -> m.a().getId().equals("hp-area-5")).findFirst().orElseThrow();
		assertEquals("sorum-hm-1", theme.b().getId());
		assertEquals(MatchKind.SIMILARITY, theme.kind());
		assertTrue(theme.score() >= Similarity.THRESHOLD && theme.score() < 1, "score " + theme.score());
		List<FeatureChange> changes = diff.changed().stream().filter(c -> c.match() == theme).findFirst().orElseThrow().changes();
		assertTrue(changes.contains(new FeatureChange("element", "focus-area", "goal", false)), changes.toString());
		assertTrue(changes.contains(new FeatureChange("title", "Næringsvennlig kommune", "En næringsvennlig kommune")), changes.toString());
		// the theme's strategies have no counterpart in Sørum's web page
		assertTrue(diff.removed().stream().anyMatch(e -> e.getId().equals("hp-5b")));
		assertTrue(diff.added().stream().anyMatch(e -> e.getId().equals("sorum-satsing-kultur")));
		List<FeatureChange> plan = diff.changed().get(0).changes();
		assertEquals(MatchKind.PLAN, diff.changed().get(0).match().kind());
		assertTrue(plan.contains(new FeatureChange("sections", "3 sections", "1 section", false)), plan.toString());
		assertTrue(plan.stream().noneMatch(c -> String.valueOf(c.oldValue()).contains("provenance")), plan.toString());
	}

	@Test
	void versionsOfOnePlan() {
		Plan old = Fixtures.load(Fixtures.examples().resolve("lillestrom-handlingsplan.plan"));
		Plan now = EcoreUtil.copy(old);
		FocusArea area5 = now.getFocusAreas().stream().filter(a -> a.getId().equals("hp-area-5")).findFirst().orElseThrow();
		Strategy innkjoper = area5.getStrategies().get(1);
		innkjoper.setTitle("Kommunen som innovativ innkjøper");
		Measure removed = innkjoper.getMeasures().remove(0);
		Measure added = VeikartFactory.eINSTANCE.createMeasure();
		added.setId("hp-5b-t9");
		added.setTitle("Arrangere leverandørdag for lokale bedrifter.");
		innkjoper.getMeasures().add(added);
		Measure moving = area5.getStrategies().get(2).getMeasures().get(0);
		innkjoper.getMeasures().add(moving);
		PlanDiff diff = PlanDiffer.compare(old, now);
		assertEquals(List.of("hp-5b-t9"), diff.added().stream().map(PlanElement::getId).toList());
		assertEquals(List.of(removed.getId()), diff.removed().stream().map(PlanElement::getId).toList());
		assertEquals(1, diff.changed().size());
		assertEquals(List.of(new FeatureChange("title", "Kommunen som innkjøper", "Kommunen som innovativ innkjøper")),
				diff.changed().get(0).changes());
		assertEquals(1, diff.moved().size());
		assertEquals("hp-5c", diff.moved().get(0).oldParent().getId());
		assertEquals("hp-5b", diff.moved().get(0).newParent().getId());
	}

	@Test
	void twoPlansFromOneTemplateMatchByOrigin(@TempDir Path folder) throws Exception {
		var theme = TemplateLibrary.starter().require("naeringsvennlig-kommune", null);
		Plan a = Fixtures.load(Fixtures.copyExamples(folder).resolve("sorum-naeringsstrategi.plan"));
		Plan b = Fixtures.load(folder.resolve("drammen-omstillingsdyktig-naeringsliv.plan"));
		new Instantiator().insert(theme, Map.of("kommune", "Sørum"), a, a.getId(), null);
		new Instantiator().insert(theme, Map.of("kommune", "Drammen"), b, b.getId(), null);
		PlanDiff diff = PlanDiffer.compare(a, b);
		List<Match> byOrigin = diff.matches().stream().filter(m -> m.kind() == MatchKind.ORIGIN).toList();
		assertEquals(10, byOrigin.size(), byOrigin.toString());
		Match area = byOrigin.stream().filter(m -> m.a() instanceof FocusArea && m.a().getOrigin().getElementId().equals("nv")).findFirst().orElseThrow();
		assertTrue(diff.changed().stream().anyMatch(c -> c.match() == area
				&& c.changes().stream().anyMatch(f -> f.feature().equals("text") && f.newValue().startsWith("Drammen kommune"))));
	}

	@Test
	void similarityNumbersInTheDocumentation() {
		assertEquals(0.88, Similarity.similarity(Similarity.normalize("En næringsvennlig kommune"), Similarity.normalize("Næringsvennlig kommune.")), 0.005);
		assertTrue(Similarity.similarity(Similarity.normalize("Kommunen som innkjøper"), Similarity.normalize("Kommunen som tilrettelegger")) < Similarity.THRESHOLD);
	}
}
