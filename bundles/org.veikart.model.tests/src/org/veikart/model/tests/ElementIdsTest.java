package org.veikart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veikart.model.Identifiable;
import org.veikart.model.VeikartPackage;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.PlanResources;

/** {@link ElementIds}: id format, prefixes, and that ensureIds only fills gaps. */
class ElementIdsTest
{
	private static final Pattern RANDOM_PART = Pattern.compile("[0-9abcdefghjkmnpqrstvwxyz]{8}");

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "Plan,plan", "Goal,goal", "FocusArea,area", "Strategy,strategy", "Measure,measure",
			"Indicator,indicator", "Actor,actor", "PlanPart,part", "Measurement,measurement",
			"DocumentRelation,relation", "Section,section" })
	void newIdIsPrefixPlusEightRandomCharacters(String className, String prefix)
	{
		EClass type = (EClass) VeikartPackage.eINSTANCE.getEClassifier(className);
		String id = ElementIds.newId(type);
		assertTrue(id.startsWith(prefix + "-"), id);
		assertTrue(RANDOM_PART.matcher(id.substring(prefix.length() + 1)).matches(), id);
	}

	@Test
	void classesWithoutShortPrefixUseTheirNameInKebabCase()
	{
		assertEquals("template-origin", ElementIds.prefix(VeikartPackage.eINSTANCE.getTemplateOrigin()));
		assertEquals("sdg-reference", ElementIds.prefix(VeikartPackage.eINSTANCE.getSdgReference()));
	}

	@Test
	void newIdsDoNotRepeat()
	{
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 20_000; i++)
		{
			ids.add(ElementIds.newId(VeikartPackage.eINSTANCE.getGoal()));
		}
		assertEquals(20_000, ids.size());
	}

	@Test
	void ensureIdsAssignsEveryMissingIdAndReturnsTheCount()
	{
		TestPlans plans = TestPlans.create();
		Resource resource = PlanResources.newResourceSet().createResource(PlanResources.fileUri(dir.resolve("p.xmi")));
		resource.getContents().add(plans.plan());
		List<Identifiable> identifiables = identifiables(resource);

		int assigned = ElementIds.ensureIds(resource);

		// plan, actor, goal, area, strategy, measure, indicator, baseline measurement
		assertEquals(8, identifiables.size());
		assertEquals(identifiables.size(), assigned);
		Set<String> ids = new HashSet<>();
		for (Identifiable element : identifiables)
		{
			assertTrue(ids.add(element.getId()), "unique: " + element.getId());
			assertTrue(element.getId().startsWith(ElementIds.prefix(element.eClass()) + "-"), element.getId());
		}
		assertEquals(0, ElementIds.ensureIds(resource), "second run has nothing to do");
	}

	@Test
	void ensureIdsNeverChangesAnExistingIdAndTreatsBlankAsMissing()
	{
		TestPlans plans = TestPlans.create();
		Resource resource = PlanResources.newResourceSet().createResource(PlanResources.fileUri(dir.resolve("p.xmi")));
		resource.getContents().add(plans.plan());
		plans.goal().setId("g-legacy");
		plans.strategy().setId("g-legacy"); // a duplicate is the checker's business, not ensureIds'
		plans.measure().setId("  ");

		int assigned = ElementIds.ensureIds(resource);

		assertEquals(6, assigned);
		assertEquals("g-legacy", plans.goal().getId());
		assertEquals("g-legacy", plans.strategy().getId());
		assertTrue(plans.measure().getId().startsWith("measure-"), plans.measure().getId());
	}

	@Test
	void idsAreUniqueAcrossTheResourceSet()
	{
		ResourceSet set = PlanResources.newResourceSet();
		List<String> all = new ArrayList<>();
		for (int i = 0; i < 20; i++)
		{
			TestPlans plans = TestPlans.inResource(set, dir.resolve("plan" + i + ".xmi"));
			identifiables(plans.resource()).forEach(e -> all.add(e.getId()));
		}
		assertEquals(all.size(), new HashSet<>(all).size());
		assertNotEquals(0, all.size());
	}

	static List<Identifiable> identifiables(Resource resource)
	{
		List<Identifiable> result = new ArrayList<>();
		resource.getAllContents().forEachRemaining(e -> {
			if (e instanceof Identifiable identifiable)
			{
				result.add(identifiable);
			}
		});
		return result;
	}
}
