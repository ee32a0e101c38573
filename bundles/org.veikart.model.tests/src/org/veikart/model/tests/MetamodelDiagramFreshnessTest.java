package org.veikart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;
import org.veikart.model.VeikartPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The class diagrams in {@code metamodel/} (generated on demand by releng/org.veikart.tools) still
 * show the metamodel: one box per class and enum, listing each class's own attributes and each enum's
 * literals. Fails when the Ecore changed and the diagrams were not regenerated.
 */
class MetamodelDiagramFreshnessTest
{
	@Test
	void theDiagramsShowEveryClassifierWithItsAttributesAndLiterals() throws Exception
	{
		Map<String, String> boxes = new TreeMap<>();
		for (String file : List.of("veikart-classes-structure.svg", "veikart-classes-details.svg"))
		{
			boxes.putAll(classifierBoxes(Path.of(System.getProperty("veikart.root", "../.."), "metamodel", file)));
		}
		TreeSet<String> expected = new TreeSet<>();
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : VeikartPackage.eINSTANCE.getEClassifiers())
		{
			if (!(classifier instanceof EClass) && !(classifier instanceof EEnum))
			{
				continue;
			}
			expected.add(classifier.getName());
			String box = boxes.getOrDefault(classifier.getName(), "");
			for (String line : expectedLines(classifier))
			{
				if (!box.contains(line))
				{
					missing.add(classifier.getName() + ": " + line);
				}
			}
		}
		assertEquals(expected, new TreeSet<>(boxes.keySet()), "classifier boxes (regenerate: see releng/org.veikart.tools)");
		assertEquals(List.of(), missing, "lines missing from the diagrams (regenerate: see releng/org.veikart.tools)");
	}

	private static List<String> expectedLines(EClassifier classifier)
	{
		List<String> lines = new ArrayList<>();
		if (classifier instanceof EClass eClass)
		{
			for (EAttribute attribute : eClass.getEAttributes())
			{
				lines.add(attribute.getName() + " : ");
			}
		}
		else
		{
			for (EEnumLiteral literal : ((EEnum) classifier).getELiterals())
			{
				lines.add(literal.getName());
			}
		}
		return lines;
	}

	/** @return the text of every box drawn for a classifier (not the grey "elsewhere" stubs), by name */
	private static Map<String, String> classifierBoxes(Path svg) throws Exception
	{
		assertTrue(Files.isRegularFile(svg), svg + " exists");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		Document document = builder.parse(svg.toFile());
		Map<String, String> boxes = new TreeMap<>();
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++)
		{
			Element group = (Element) groups.item(i);
			if ("classifier".equals(group.getAttribute("class")))
			{
				boxes.put(group.getAttribute("data-name"), group.getTextContent());
			}
		}
		return boxes;
	}
}
