package org.veikart.model.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.model.Goal;
import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;
import org.veikart.model.io.PlanResources;

/** ensureIds skips generated ids that are already used anywhere in the resource set. */
class ElementIdCollisionTest
{
	@TempDir
	Path dir;

	@Test
	void generatedIdsThatCollideWithTheResourceSetAreReplaced()
	{
		ResourceSet set = PlanResources.newResourceSet();
		Resource other = set.createResource(PlanResources.fileUri(dir.resolve("other.xmi")));
		Plan otherPlan = VeikartFactory.eINSTANCE.createPlan();
		otherPlan.setId("plan-aaaaaaaa");
		other.getContents().add(otherPlan);

		Resource resource = set.createResource(PlanResources.fileUri(dir.resolve("mine.xmi")));
		Plan plan = VeikartFactory.eINSTANCE.createPlan();
		plan.setId("plan-bbbbbbbb");
		Goal goal = VeikartFactory.eINSTANCE.createGoal();
		plan.getGoals().add(goal);
		resource.getContents().add(plan);

		// The generator first offers ids taken in the other resource and in this one.
		Deque<String> offers = new ArrayDeque<>(List.of("plan-aaaaaaaa", "plan-bbbbbbbb", "goal-cccccccc"));
		int assigned = ElementIds.ensureIds(resource, type -> offers.removeFirst());

		assertEquals(1, assigned);
		assertEquals("goal-cccccccc", goal.getId());
		assertEquals("plan-bbbbbbbb", plan.getId());
	}
}
