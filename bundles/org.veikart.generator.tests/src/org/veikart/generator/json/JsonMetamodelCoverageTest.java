package org.veikart.generator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.veikart.generator.FullModel;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ModelFeatures;
import org.veikart.model.Plan;
import org.veikart.model.VeikartPackage;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plan with every containable metaclass and every feature set (built from the metamodel) survives
 * export, schema validation and import unchanged: a new class or feature cannot be left out silently.
 */
class JsonMetamodelCoverageTest {

	@Test
	void everyClassAndFeatureRoundTrips() throws Exception {
		Plan plan = FullModel.build();
		Set<EClass> seen = new HashSet<>();
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			seen.add(it.next().eClass());
		}
		for (EClass eClass : ModelFeatures.classes()) {
			boolean containable = !eClass.isAbstract() && !ModelFeatures.rootClasses().contains(eClass)
					&& eClass != VeikartPackage.Literals.SDG_GOAL && eClass != VeikartPackage.Literals.SDG_TARGET;
			assertTrue(!containable || seen.contains(eClass), "the full model lacks " + eClass.getName());
		}
		String json = new JsonExporter().toJson(plan);
		assertTrue(JsonSchemaTest.schema().validate(new ObjectMapper().readTree(json)).isEmpty(),
				JsonSchemaTest.schema().validate(new ObjectMapper().readTree(json)).toString());
		EObject imported = new JsonImporter(IdIndex.empty())
				.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "full.json");
		assertTrue(new EcoreUtil.EqualityHelper().equals(plan, imported), "full model changed in the round trip");
		assertEquals(json, new JsonExporter().toJson(imported));
	}
}
