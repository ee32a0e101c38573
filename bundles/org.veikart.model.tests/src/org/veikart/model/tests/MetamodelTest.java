package org.veikart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.model.VeikartFactory;
import org.veikart.model.VeikartPackage;

/**
 * The metamodel: every concrete class can be created through the generated factory, and every
 * class, feature, operation, enum and literal of {@code metamodel/veikart.ecore} (the source the code
 * is generated from, and which the generated package mirrors) has GenModel documentation.
 */
class MetamodelTest
{
	static Stream<String> concreteClasses()
	{
		return VeikartPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(c -> !c.isAbstract() && !c.isInterface()).map(EClass::getName);
	}

	@ParameterizedTest
	@MethodSource("concreteClasses")
	void everyConcreteClassIsInstantiableThroughTheFactory(String name)
	{
		EClass eClass = (EClass) VeikartPackage.eINSTANCE.getEClassifier(name);
		EObject instance = VeikartFactory.eINSTANCE.create(eClass);
		assertSame(eClass, instance.eClass());
		assertTrue(eClass.getInstanceClass().isInstance(instance), name + " instance has the generated interface");
	}

	@Test
	void theMetamodelHasTheExpectedConcreteClasses()
	{
		List<String> names = concreteClasses().toList();
		assertTrue(names.containsAll(List.of("Plan", "Goal", "FocusArea", "Strategy", "Measure", "Indicator",
				"Actor", "Period", "Schedule", "SdgCatalogue", "Paragraph", "SourceList")), names.toString());
		assertEquals(0, names.stream().filter(n -> List.of("Identifiable", "Traceable", "PlanElement", "ProseBlock")
				.contains(n)).count(), "abstract classes are not instantiable");
	}

	@Test
	void theEcoreFileAndTheGeneratedPackageDeclareTheSameElements()
	{
		assertEquals(VeikartPackage.eNS_URI, source().getNsURI());
		assertEquals(names(VeikartPackage.eINSTANCE), names(source()));
	}

	@Test
	void everyClassFeatureOperationEnumAndLiteralIsDocumented()
	{
		assertDocumented(source());
	}

	@Test
	void theGeneratedPackageCarriesTheDocumentationAtRuntime()
	{
		assertDocumented(VeikartPackage.eINSTANCE);
	}

	private static void assertDocumented(EPackage ePackage)
	{
		List<ENamedElement> checked = elements(ePackage);
		List<String> undocumented = checked.stream().filter(e -> isBlank(EcoreUtil.getDocumentation(e)))
				.map(MetamodelTest::qualifiedName).toList();
		assertTrue(checked.size() > 200, "checked " + checked.size() + " elements");
		assertEquals(List.of(), undocumented, "elements without GenModel documentation");
	}

	/** @return metamodel/veikart.ecore of the repository, loaded as written */
	private static EPackage source()
	{
		Path ecore = Path.of(System.getProperty("veikart.root", "../.."), "metamodel", "veikart.ecore");
		assertTrue(Files.isRegularFile(ecore), ecore.toAbsolutePath() + " exists");
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(ecore.toAbsolutePath().toString()), true);
		return (EPackage) resource.getContents().get(0);
	}

	private static List<ENamedElement> elements(EPackage ePackage)
	{
		List<ENamedElement> elements = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers())
		{
			elements.add(classifier);
			if (classifier instanceof EClass eClass)
			{
				for (EStructuralFeature feature : eClass.getEStructuralFeatures())
				{
					elements.add(feature);
				}
				for (EOperation operation : eClass.getEOperations())
				{
					elements.add(operation);
				}
			}
			else if (classifier instanceof EEnum eEnum)
			{
				for (EEnumLiteral literal : eEnum.getELiterals())
				{
					elements.add(literal);
				}
			}
		}
		return elements;
	}

	private static List<String> names(EPackage ePackage)
	{
		return elements(ePackage).stream().map(MetamodelTest::qualifiedName).toList();
	}

	private static boolean isBlank(String text)
	{
		return text == null || text.isBlank();
	}

	private static String qualifiedName(ENamedElement element)
	{
		return element.eContainer() instanceof EClassifier owner ? owner.getName() + "." + element.getName()
				: element.getName();
	}
}
