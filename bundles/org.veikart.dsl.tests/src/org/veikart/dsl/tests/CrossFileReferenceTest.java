package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.junit.jupiter.api.Test;
import org.veikart.model.ActorRegistry;
import org.veikart.model.Measure;
import org.veikart.model.Plan;

/**
 * References between files of one folder (one resource set): shared actors by id, plans by id,
 * elements of another plan as plan-id.element-id; the qualified names and the index behind them; and
 * what happens when the file that defines a name is not loaded.
 */
class CrossFileReferenceTest {

	private static final String ACTORS = """
			actors felles "Felles aktører" {
			  actor kommunen "Kommunen" { kind municipality }
			  actor universitetet "Universitetet" { kind university }
			}
			""";
	private static final String STRATEGY = """
			plan strategien "Strategien" {
			  owner kommunen
			  main-goal s-mal "Hovedmål"
			}
			""";
	private static final String ACTION_PLAN = """
			plan tiltaksplanen "Tiltaksplanen" {
			  owner kommunen
			  concretises strategien
			  measure t1 "Tiltak" {
			    responsible kommunen
			    partners universitetet, lokal
			    contributes-to strategien.s-mal
			  }
			  actor lokal "Lokal aktør"
			}
			""";

	@Test
	void actorsPlansAndElementsResolveAcrossFiles() {
		XtextResource actionPlanFile = PlanTesting.parse(ACTION_PLAN, ACTORS, STRATEGY);
		XtextResourceSet resourceSet = (XtextResourceSet) actionPlanFile.getResourceSet();
		assertEquals(List.of(), PlanTesting.issues(actionPlanFile));
		Plan actionPlan = (Plan) actionPlanFile.getContents().get(0);
		ActorRegistry actors = (ActorRegistry) resourceSet.getResources().get(2).getContents().get(0);
		Plan strategy = (Plan) resourceSet.getResources().get(3).getContents().get(0);

		assertSame(actors.getActors().get(0), actionPlan.getOwner());
		assertSame(strategy, actionPlan.getRelations().get(0).getTargetPlan());
		Measure measure = actionPlan.getMeasures().get(0);
		assertSame(actors.getActors().get(0), measure.getResponsible());
		assertEquals(List.of(actors.getActors().get(1), actionPlan.getActors().get(0)), measure.getPartners());
		assertSame(strategy.getGoals().get(0), measure.getContributesTo().get(0));
	}

	@Test
	void qualifiedNamesUseIdsPlanElementsArePrefixedSharedActorsAreNot() {
		XtextResource actionPlanFile = PlanTesting.parse(ACTION_PLAN, ACTORS);
		IQualifiedNameProvider names = PlanTesting.INJECTOR.getInstance(IQualifiedNameProvider.class);
		Plan actionPlan = (Plan) actionPlanFile.getContents().get(0);
		ActorRegistry actors = (ActorRegistry) actionPlanFile.getResourceSet().getResources().get(2).getContents().get(0);
		assertEquals("tiltaksplanen", names.getFullyQualifiedName(actionPlan).toString());
		assertEquals("tiltaksplanen.t1", names.getFullyQualifiedName(actionPlan.getMeasures().get(0)).toString());
		assertEquals("tiltaksplanen.lokal", names.getFullyQualifiedName(actionPlan.getActors().get(0)).toString());
		assertEquals("felles", names.getFullyQualifiedName(actors).toString());
		assertEquals("kommunen", names.getFullyQualifiedName(actors.getActors().get(0)).toString());
		assertEquals(null, names.getFullyQualifiedName(actionPlan.getRelations().get(0)), "no id, no name");
	}

	@Test
	void theIndexOfTheResourceSetExportsTheNamesOfEveryFile() {
		XtextResource actionPlanFile = PlanTesting.parse(ACTION_PLAN, ACTORS, STRATEGY);
		IResourceDescriptions index = PlanTesting.INJECTOR.getInstance(ResourceDescriptionsProvider.class)
				.getResourceDescriptions(actionPlanFile.getResourceSet());
		Set<String> exported = StreamSupport.stream(index.getExportedObjects().spliterator(), false)
				.map(description -> description.getName().toString()).collect(Collectors.toSet());
		assertEquals(Set.of("tiltaksplanen", "tiltaksplanen.t1", "tiltaksplanen.lokal", "felles", "kommunen",
				"universitetet", "strategien", "strategien.s-mal"), exported);
	}

	@Test
	void elementsOfAnotherPlanNeedTheirPlanPrefixAndTheHintSaysSo() {
		XtextResource file = PlanTesting.parse("""
				plan tiltaksplanen "Tiltaksplanen" {
				  owner kommunen
				  main-goal t-mal "Mål" { contributes-to s-mal }
				}
				""", ACTORS, STRATEGY);
		assertEquals(List.of("ERROR veikart.dsl.unresolved-reference: No plan element with id 's-mal' is defined in "
				+ "this file or in the files loaded with it. Did you mean strategien.s-mal or t-mal?"), PlanTesting.issues(file));
	}

	@Test
	void withoutTheActorsFileSharedActorsAreUnresolvedAndTheRestStillLinks() {
		XtextResource file = PlanTesting.parse(ACTION_PLAN, STRATEGY);
		assertEquals(List.of(
				"ERROR veikart.dsl.unresolved-reference: No actor with id 'kommunen' is defined in this file or in the files loaded with it.",
				"ERROR veikart.dsl.unresolved-reference: No actor with id 'kommunen' is defined in this file or in the files loaded with it.",
				"ERROR veikart.dsl.unresolved-reference: No actor with id 'universitetet' is defined in this file or in the files loaded with it."),
				PlanTesting.issues(file));
		Plan actionPlan = (Plan) file.getContents().get(0);
		EObject strategyGoal = actionPlan.getMeasures().get(0).getContributesTo().get(0);
		assertTrue(!strategyGoal.eIsProxy());
	}

	@Test
	void theSerializerWritesSimpleIdsForOwnAndSharedElementsAndQualifiedIdsForOtherPlans() {
		XtextResource file = PlanTesting.parse(ACTION_PLAN, ACTORS, STRATEGY);
		Plan copy = org.eclipse.emf.ecore.util.EcoreUtil.copy((Plan) file.getContents().get(0));
		var copyResource = file.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/copy.plan"));
		copyResource.getContents().add(copy);
		String text = PlanTesting.serialize(copy);
		assertTrue(text.contains("    partners universitetet, lokal\n"), text);
		assertTrue(text.contains("    contributes-to strategien.s-mal\n"), text);
		assertTrue(text.contains("  concretises strategien\n"), text);
	}
}
