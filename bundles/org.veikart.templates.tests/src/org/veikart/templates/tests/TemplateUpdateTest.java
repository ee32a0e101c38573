package org.veikart.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.model.FocusArea;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Priority;
import org.veikart.model.Strategy;
import org.veikart.templates.PlanText;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.instantiate.Instantiator;
import org.veikart.templates.update.TemplateUpdate;
import org.veikart.templates.update.TemplateUpdater;
import org.veikart.templates.update.UpdateEntry;
import org.veikart.templates.update.UpdateEntry.Kind;
import org.veikart.templates.update.UpdateReport;

/**
 * Updates Lillestrøm's handlingsplan, holding "Næringsvennlig kommune" version 1 (inserted, saved and
 * re-read), to version 2: upstream changes only, local changes only, both, upstream additions and removals.
 */
class TemplateUpdateTest {

	private static final String V1_TEXT = "Lillestrøm kommune skal være en næringsvennlig kommune som er lett å samarbeide med.";
	private static final String V2_TEXT = "Lillestrøm kommune skal være en næringsvennlig kommune: tilgjengelig, forutsigbar og lett å samarbeide med.";

	@TempDir
	Path folder;

	private Path file;

	private Plan planWithThemeV1() throws Exception {
		file = Fixtures.copyExamples(folder).resolve("lillestrom-handlingsplan.plan");
		Plan plan = Fixtures.load(file);
		new Instantiator().insert(TemplateLibrary.starter().require("naeringsvennlig-kommune", "1"), Map.of("kommune", "Lillestrøm"),
				plan, plan.getId(), null);
		PlanText.write(plan, file);
		return Fixtures.load(file);
	}

	private static TemplateUpdate update(Plan plan) throws Exception {
		UpdateReport report = new TemplateUpdater(TemplateLibrary.starter()).update(plan, Map.of(), null, null);
		assertEquals(1, report.updates().size());
		return report.updates().get(0);
	}

	@Test
	void upstreamChangesOnlyAreAppliedAddedAndRemoved() throws Exception {
		Plan plan = planWithThemeV1();
		TemplateUpdate update = update(plan);
		assertEquals("1", update.fromVersion());
		assertEquals("2", update.toVersion());
		assertEquals(0, update.conflicts(), update.entries().toString());
		assertTrue(update.entries().stream().noneMatch(e -> e.kind() == Kind.KEPT), update.entries().toString());
		FocusArea theme = element(plan, "nv", FocusArea.class);
		assertEquals(V2_TEXT, theme.getText());
		assertEquals("Legge til rette for forutsigbare prosesser i plan-, bygg- og reguleringsarbeidet.", element(plan, "nv-a-t2", Measure.class).getTitle());
		assertEquals(Priority.HIGH, element(plan, "nv-c-t1", Measure.class).getPriority());
		Measure added = element(plan, "nv-a-t3", Measure.class);
		assertEquals("Gjennomføre bedriftsbesøk i Lillestrøm hvert år.", added.getTitle(), "kommune inferred from the plan");
		assertEquals(2, ((Strategy) added.eContainer()).getMeasures().indexOf(added), "after its template sibling");
		assertNull(find(plan, "nv-b-t2"), "removed upstream, unchanged here");
		assertEquals(List.of(Kind.APPLIED, Kind.APPLIED, Kind.APPLIED, Kind.APPLIED, Kind.REMOVED, Kind.ADDED, Kind.ADDED),
				update.entries().stream().map(UpdateEntry::kind).toList());
		Indicator rank = element(plan, "nv-nm", Indicator.class);
		assertEquals(plan, rank.eContainer(), "a new indicator goes to the plan's indicators");
		assertEquals("Plassering for Lillestrøm kommune i NHO Kommune-NM", rank.getTitle());
		assertEquals(List.of(rank), theme.getMeasuredBy(), "the changed reference follows the new indicator");
		for (PlanElement element : fromTemplate(plan)) {
			assertEquals("2", element.getOrigin().getTemplateVersion(), element.getId());
		}
		PlanText.write(plan, file);
		assertEquals(List.of(), Fixtures.errors(file));
		assertFalse(update(Fixtures.load(file)).changesPlan(), "a second update finds nothing to do");
	}

	@Test
	void localChangesOnlyAreKept() throws Exception {
		Plan plan = planWithThemeV1();
		element(plan, "nv-a-t1", Measure.class).setTitle("Være lett tilgjengelige for utbyggerne.");
		element(plan, "nv-b", Strategy.class).setCode("B");
		TemplateUpdate update = update(plan);
		assertEquals(0, update.conflicts());
		assertEquals("Være lett tilgjengelige for utbyggerne.", element(plan, "nv-a-t1", Measure.class).getTitle());
		assertEquals("B", element(plan, "nv-b", Strategy.class).getCode());
		List<UpdateEntry> kept = update.entries().stream().filter(e -> e.kind() == Kind.KEPT).toList();
		assertEquals(List.of("title", "code"), kept.stream().map(UpdateEntry::feature).toList());
		assertEquals("Kommunen som innkjøper", element(plan, "nv-b", Strategy.class).getTitle());
	}

	@Test
	void bothChangedIsAConflictAndNothingIsLost() throws Exception {
		Plan plan = planWithThemeV1();
		String local = "Lillestrøm skal være Norges mest næringsvennlige kommune.";
		element(plan, "nv", FocusArea.class).setText(local);
		element(plan, "nv-b-t2", Measure.class).setTitle("Informere lokale bedrifter om kommende anbud.");
		TemplateUpdate update = update(plan);
		assertEquals(2, update.conflicts(), update.entries().toString());
		UpdateEntry text = update.entries().stream().filter(e -> "text".equals(e.feature())).findFirst().orElseThrow();
		assertEquals(Kind.CONFLICT, text.kind());
		assertEquals(V1_TEXT, text.base());
		assertEquals(local, text.ours());
		assertEquals(V2_TEXT, text.theirs());
		assertEquals(local, element(plan, "nv", FocusArea.class).getText());
		assertEquals("1", element(plan, "nv", FocusArea.class).getOrigin().getTemplateVersion(), "conflicts stay until resolved");
		Measure kept = element(plan, "nv-b-t2", Measure.class);
		assertEquals("Informere lokale bedrifter om kommende anbud.", kept.getTitle(), "removed upstream but changed here: kept");
		// the rest of the update still happened
		assertEquals(Priority.HIGH, element(plan, "nv-c-t1", Measure.class).getPriority());
		assertTrue(find(plan, "nv-a-t3") != null);
		PlanText.write(plan, file);
		assertEquals(List.of(), Fixtures.errors(file));
		Plan reloaded = Fixtures.load(file);
		int elements = fromTemplate(reloaded).size();
		UpdateReport again = new TemplateUpdater(TemplateLibrary.starter()).update(reloaded, Map.of(), null, null);
		assertEquals(2, again.conflicts(), "reported again until resolved: " + again.updates());
		assertEquals(elements, fromTemplate(reloaded).size(), "nothing added twice");
		UpdateEntry textAgain = again.updates().get(0).entries().get(0);
		assertEquals(V1_TEXT, textAgain.base(), "parameters recovered from the elements already at version 2");
	}

	@Test
	void removedHereAndChangedUpstreamIsAConflict() throws Exception {
		Plan plan = planWithThemeV1();
		org.eclipse.emf.ecore.util.EcoreUtil.delete(element(plan, "nv-a", Strategy.class), true);
		TemplateUpdate update = update(plan);
		List<UpdateEntry> conflicts = update.entries().stream().filter(UpdateEntry::isConflict).toList();
		assertEquals(List.of("nv-a-t2", "nv-a-t3"), conflicts.stream().map(UpdateEntry::templateElementId).toList(), conflicts.toString());
		assertTrue(conflicts.get(0).message().startsWith("removed here but changed upstream"), conflicts.toString());
		assertNull(find(plan, "nv-a"), "the local removal stands");
		assertNull(find(plan, "nv-a-t3"));
		assertEquals(Priority.HIGH, element(plan, "nv-c-t1", Measure.class).getPriority(), "the rest is merged");
	}

	@Test
	void planShapeFromOwnLibrary() throws Exception {
		Path library = java.nio.file.Files.createDirectory(folder.resolve("library"));
		String v1 = TemplateLibrary.starter().require("naeringsstrategi", "1").text();
		java.nio.file.Files.writeString(library.resolve("ns-1.plan"), v1);
		java.nio.file.Files.writeString(library.resolve("ns-2.plan"), v1.replace("//@ version 1", "//@ version 2")
				.replace("oppdateres årlig.\"", "oppdateres hvert år.\"")
				.replace("  main-goal ns-hm-2", "  main-goal ns-hm-3 \"Sterke næringer i ${kommune}\"\n  main-goal ns-hm-2"));
		TemplateLibrary own = TemplateLibrary.open(library);
		Plan plan = new Instantiator().newPlan(own.require("naeringsstrategi", "1"), Map.of("kommune", "Ås", "periode.start", "2026")).plan();
		Path planFile = java.nio.file.Files.createDirectory(folder.resolve("plans")).resolve("as.plan");
		plan.eResource().setURI(org.veikart.model.io.PlanResources.fileUri(planFile));
		PlanText.write(plan, planFile);
		Plan loaded = Fixtures.load(planFile);
		UpdateReport report = new TemplateUpdater(own).update(loaded, Map.of(), "naeringsstrategi", null);
		assertEquals(0, report.conflicts(), report.toString());
		assertEquals("Hovedmålene ligger fast over tid; statusdelen og tiltaksdelen oppdateres hvert år.", loaded.getRevisionRule());
		assertEquals("2", loaded.getOrigin().getTemplateVersion());
		assertEquals(List.of("En næringsvennlig kommune", "Sterke næringer i Ås", "Flere og mer varierte arbeidsplasser"),
				loaded.getGoals().stream().filter(g -> g.getKind() == org.veikart.model.GoalKind.MAIN).map(PlanElement::getTitle).toList());
		assertEquals(2026, loaded.getPeriod().getStartYear(), "the period the plan was made with");
		PlanText.write(loaded, planFile);
		assertEquals(List.of(), Fixtures.errors(planFile));
	}

	@Test
	void planWithoutOriginsHasNothingToUpdate() throws Exception {
		Plan plan = Fixtures.load(Fixtures.examples().resolve("sorum-naeringsstrategi.plan"));
		assertTrue(new TemplateUpdater(TemplateLibrary.starter()).update(plan, Map.of(), null, null).updates().isEmpty());
	}

	private static List<PlanElement> fromTemplate(Plan plan) {
		List<PlanElement> found = new java.util.ArrayList<>();
		plan.eAllContents().forEachRemaining(o -> {
			if (o instanceof PlanElement e && e.getOrigin() != null) {
				found.add(e);
			}
		});
		return found;
	}

	private static <T extends PlanElement> T element(Plan plan, String templateElementId, Class<T> type) {
		EObject found = find(plan, templateElementId);
		assertTrue(type.isInstance(found), templateElementId + " is " + found);
		return type.cast(found);
	}

	private static PlanElement find(Plan plan, String templateElementId) {
		return fromTemplate(plan).stream().filter(e -> templateElementId.equals(e.getOrigin().getElementId())).findFirst().orElse(null);
	}
}
