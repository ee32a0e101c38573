package org.veikart.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Measure;
import org.veikart.model.Plan;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartFactory;
import org.veikart.model.VeikartPackage;
import org.veikart.model.provider.VeikartItemProviderAdapterFactory;

/** The generated EMF.Edit layer gives every concrete class a label, an icon and property sheet entries. */
class ItemProviderTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(new VeikartItemProviderAdapterFactory()));

	static Stream<EClass> concreteClasses() {
		return VeikartPackage.eINSTANCE.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast)
				.filter(c -> !c.isAbstract() && !c.isInterface());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("concreteClasses")
	void everyClassHasLabelAndExistingIcon(EClass eClass) throws Exception {
		EObject object = VeikartFactory.eINSTANCE.create(eClass);
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
		assertNotNull(labels, "no item provider for " + eClass.getName());
		String text = labels.getText(object);
		assertFalse(text == null || text.isBlank(), "empty label for " + eClass.getName());
		assertFalse(text.startsWith("_UI_"), "untranslated label key for " + eClass.getName() + ": " + text);
		Object image = labels.getImage(object);
		assertTrue(image instanceof URL, "icon of " + eClass.getName() + " is not a resource URL: " + image);
		try (InputStream in = ((URL) image).openStream()) {
			assertTrue(in.read() >= 0, "icon of " + eClass.getName() + " is empty");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("concreteClasses")
	void everyAttributeIsEditableInThePropertySheet(EClass eClass) {
		EObject object = VeikartFactory.eINSTANCE.create(eClass);
		IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
		Set<Object> described = source.getPropertyDescriptors(object).stream()
				.map(d -> d.getFeature(object)).collect(Collectors.toSet());
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			assertTrue(described.contains(attribute), eClass.getName() + "." + attribute.getName() + " has no property descriptor");
		}
	}

	@Test
	void labelsShowTheVerbatimTitle() {
		Goal goal = VeikartFactory.eINSTANCE.createGoal();
		goal.setTitle("En næringsvennlig kommune");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(goal, IItemLabelProvider.class);
		assertEquals("Goal En næringsvennlig kommune", labels.getText(goal));
	}

	@Test
	void propertyDescriptorsWriteThroughToTheModel() {
		Measure measure = VeikartFactory.eINSTANCE.createMeasure();
		IItemPropertySource source = (IItemPropertySource) factory.adapt(measure, IItemPropertySource.class);
		IItemPropertyDescriptor title = source.getPropertyDescriptor(measure, VeikartPackage.Literals.PLAN_ELEMENT__TITLE);
		assertNotNull(title);
		title.setPropertyValue(measure, "Årlig utlysning av næringsfond.");
		assertEquals("Årlig utlysning av næringsfond.", measure.getTitle());
	}

	@Test
	void treeShowsThePlanHierarchyInSourceOrder() {
		Plan plan = VeikartFactory.eINSTANCE.createPlan();
		FocusArea area = VeikartFactory.eINSTANCE.createFocusArea();
		Strategy strategy = VeikartFactory.eINSTANCE.createStrategy();
		Measure measure = VeikartFactory.eINSTANCE.createMeasure();
		Goal goal = VeikartFactory.eINSTANCE.createGoal();
		plan.getGoals().add(goal);
		plan.getFocusAreas().add(area);
		area.getStrategies().add(strategy);
		strategy.getMeasures().add(measure);

		ITreeItemContentProvider planTree = (ITreeItemContentProvider) factory.adapt(plan, ITreeItemContentProvider.class);
		assertTrue(planTree.getChildren(plan).containsAll(List.of(goal, area)));
		ITreeItemContentProvider strategyTree = (ITreeItemContentProvider) factory.adapt(strategy, ITreeItemContentProvider.class);
		assertEquals(List.of(measure), List.copyOf(strategyTree.getChildren(strategy)));
		ITreeItemContentProvider measureTree = (ITreeItemContentProvider) factory.adapt(measure, ITreeItemContentProvider.class);
		assertEquals(strategy, measureTree.getParent(measure));
	}
}
