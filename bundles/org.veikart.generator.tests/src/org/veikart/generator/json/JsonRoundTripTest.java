package org.veikart.generator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.generator.ElementIdentity;
import org.veikart.generator.Examples;

/** model -> JSON -> model gives an EMF-equal model for every example, and a second export is byte-identical. */
class JsonRoundTripTest {

	static Stream<EObject> examples() {
		return Examples.roots().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void roundTripIsEqual(EObject root) throws Exception {
		String json = new JsonExporter().toJson(root);
		EObject imported = new JsonImporter(Examples.index())
				.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ElementIdentity.idOf(root) + ".json");
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
		assertTrue(equality.equals(root, imported), "imported model differs from " + ElementIdentity.describe(root));
		assertEquals(json, new JsonExporter().toJson(imported), "export is not stable");
		assertTrue(json.contains("\"schemaVersion\": \"" + JsonFormat.SCHEMA_VERSION + "\""), json.substring(0, 80));
	}
}
