package org.veikart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.model.Goal;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartFactory;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.PlanResources;

/** Ids are URI fragments, are written as references, and survive reordering, save and reload. */
class IdStabilityTest
{
	@TempDir
	Path dir;

	@Test
	void theUriFragmentOfEveryElementIsItsId()
	{
		TestPlans plans = TestPlans.inResource(dir.resolve("plan.xmi"));
		Resource resource = plans.resource();
		for (Identifiable element : ElementIdsTest.identifiables(resource))
		{
			assertEquals(element.getId(), resource.getURIFragment(element));
			assertSame(element, resource.getEObject(element.getId()));
		}
	}

	@Test
	void referencesAreWrittenAsIdsWithoutXmiUuids() throws Exception
	{
		TestPlans plans = TestPlans.inResource(dir.resolve("plan.xmi"));
		Path file = dir.resolve("plan.xmi");
		PlanResources.save(plans.resource(), file);

		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("contributesTo=\"" + plans.goal().getId() + "\""), xml);
		assertTrue(xml.contains("measuredBy=\"" + plans.indicator().getId() + "\""), xml);
		assertTrue(xml.contains("responsible=\"" + plans.actor().getId() + "\""), xml);
		assertFalse(xml.contains("xmi:id"), "no XMI ids");
		assertFalse(xml.contains("xmi:uuid"), "no XMI UUIDs");
		assertFalse(xml.contains("//@"), "no positional references");
	}

	@Test
	void idsAndReferencesSurviveSaveAndReload() throws Exception
	{
		TestPlans plans = TestPlans.inResource(dir.resolve("plan.xmi"));
		Map<String, String> before = titlesById(plans.resource());
		Path file = dir.resolve("plan.xmi");
		PlanResources.save(plans.resource(), file);

		Resource reloaded = PlanResources.load(PlanResources.newResourceSet(), file);

		assertEquals(before, titlesById(reloaded));
		Plan plan = (Plan) reloaded.getContents().get(0);
		Goal goal = plan.getGoals().get(0);
		assertSame(goal, plan.getFocusAreas().get(0).getContributesTo().get(0));
		assertEquals(plans.goal().getId(), goal.getId());
		assertEquals(plans.indicator().getId(), goal.getMeasuredBy().get(0).getId());
	}

	@Test
	void idsAndReferencesSurviveReorderingChildren() throws Exception
	{
		TestPlans plans = TestPlans.inResource(dir.resolve("plan.xmi"));
		Plan plan = plans.plan();
		Goal second = VeikartFactory.eINSTANCE.createGoal();
		second.setCode("2");
		second.setTitle("Klimatilpasset kommune");
		plan.getGoals().add(second);
		Strategy other = VeikartFactory.eINSTANCE.createStrategy();
		other.setCode("A2");
		other.setTitle("Elektrifisere kommunens bilpark");
		plans.area().getStrategies().add(other);
		ElementIds.ensureIds(plans.resource());
		plans.measure().getVariantOf().add(other); // a reference to an element that moves
		Path file = dir.resolve("plan.xmi");
		PlanResources.save(plans.resource(), file);
		String fragmentBefore = plans.resource().getURIFragment(plans.goal());

		ECollections.move(plan.getGoals(), 1, 0); // goal 1 is now second
		ECollections.move(plans.area().getStrategies(), 0, 1); // strategy A2 is now first
		assertEquals(fragmentBefore, plans.resource().getURIFragment(plans.goal()), "fragment independent of position");
		PlanResources.save(plans.resource(), file);
		Resource reloaded = PlanResources.load(PlanResources.newResourceSet(), file);

		Plan reloadedPlan = (Plan) reloaded.getContents().get(0);
		assertEquals(titlesById(plans.resource()), titlesById(reloaded));
		assertEquals("Klimatilpasset kommune", reloadedPlan.getGoals().get(0).getTitle());
		PlanElement target = reloadedPlan.getFocusAreas().get(0).getContributesTo().get(0);
		assertEquals(plans.goal().getId(), target.getId());
		assertEquals(plans.goal().getTitle(), target.getTitle());
		PlanElement variant = reloadedPlan.getFocusAreas().get(0).getStrategies().get(1).getMeasures().get(0)
				.getVariantOf().get(0);
		assertEquals(other.getId(), variant.getId());
		assertEquals("Elektrifisere kommunens bilpark", variant.getTitle());
	}

	/** id -> "Class: title" of every identifiable element, in document order. */
	private static Map<String, String> titlesById(Resource resource)
	{
		Map<String, String> result = new LinkedHashMap<>();
		for (Identifiable element : ElementIdsTest.identifiables(resource))
		{
			String title = element instanceof PlanElement p ? p.getTitle() : "";
			result.put(element.getId(), element.eClass().getName() + ": " + title);
		}
		return result;
	}
}
