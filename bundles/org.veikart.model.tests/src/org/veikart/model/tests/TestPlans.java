package org.veikart.model.tests;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.Actor;
import org.veikart.model.ActorKind;
import org.veikart.model.Direction;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Measurement;
import org.veikart.model.Period;
import org.veikart.model.Plan;
import org.veikart.model.PlanKind;
import org.veikart.model.Schedule;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartFactory;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.PlanResources;

/**
 * A small but realistic plan built in code: a climate action plan with a main goal, a focus area
 * contributing to it, a strategy with a measure (responsible actor, schedule), an indicator with a
 * baseline measuring the goal, and the municipality as owner.
 */
public record TestPlans(Plan plan, Goal goal, FocusArea area, Strategy strategy, Measure measure,
		Indicator indicator, Actor actor)
{
	public static final String PLAN_TITLE = "Klimaplan for Eksempel kommune 2022–2030";
	public static final String GOAL_LABEL = "1 Redusere klimagassutslippene med 60 % innen 2030";

	/** @return a new plan without ids */
	public static TestPlans create()
	{
		VeikartFactory f = VeikartFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setTitle(PLAN_TITLE);
		plan.setKind(PlanKind.ACTION_PLAN);
		plan.setAdopted("2022-05-17");
		plan.setPublished("2022-06");
		plan.setAdoptedBy("Kommunestyret");
		Period period = f.createPeriod();
		period.setStartYear(2022);
		period.setEndYear(2030);
		period.setLabel("2022 - 2030");
		plan.setPeriod(period);

		Actor municipality = f.createActor();
		municipality.setName("Eksempel kommune");
		municipality.setKind(ActorKind.MUNICIPALITY);
		plan.getActors().add(municipality);
		plan.setOwner(municipality);

		Goal goal = f.createGoal();
		goal.setKind(GoalKind.MAIN);
		goal.setCode("1");
		goal.setTitle("Redusere klimagassutslippene med 60 % innen 2030");
		plan.getGoals().add(goal);

		FocusArea area = f.createFocusArea();
		area.setCode("A");
		area.setTitle("Transport");
		area.getContributesTo().add(goal);
		plan.getFocusAreas().add(area);

		Strategy strategy = f.createStrategy();
		strategy.setCode("A1");
		strategy.setTitle("Legge til rette for gange og sykkel");
		area.getStrategies().add(strategy);

		Measure measure = f.createMeasure();
		measure.setCode("A1.1");
		measure.setTitle("Bygge sykkelvei langs fylkesvei 1");
		measure.setResponsible(municipality);
		Schedule schedule = f.createSchedule();
		schedule.setStart("2023");
		schedule.setEnd("2025-12");
		measure.setSchedule(schedule);
		strategy.getMeasures().add(measure);

		Indicator indicator = f.createIndicator();
		indicator.setCode("I1");
		indicator.setTitle("Andel reiser med sykkel");
		indicator.setUnit("%");
		indicator.setDirection(Direction.HIGHER_IS_BETTER);
		Measurement baseline = f.createMeasurement();
		baseline.setValue(new BigDecimal("8.2"));
		baseline.setYear(2021);
		baseline.setValueText("8,2 %");
		indicator.setBaseline(baseline);
		plan.getIndicators().add(indicator);
		goal.getMeasuredBy().add(indicator);

		return new TestPlans(plan, goal, area, strategy, measure, indicator, municipality);
	}

	/** @return a new plan with ids, as the root of a new resource for {@code file} in a hardened set */
	public static TestPlans inResource(Path file)
	{
		return inResource(PlanResources.newResourceSet(), file);
	}

	/** @return a new plan with ids, as the root of a new resource for {@code file} in {@code set} */
	public static TestPlans inResource(ResourceSet set, Path file)
	{
		TestPlans plans = create();
		Resource resource = set.createResource(PlanResources.fileUri(file));
		resource.getContents().add(plans.plan());
		ElementIds.ensureIds(resource);
		return plans;
	}

	public Resource resource()
	{
		return plan.eResource();
	}
}
