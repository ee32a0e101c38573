package org.veikart.generator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.generator.Examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The committed JSON Schema is what the generator produces from the metamodel, it is itself a valid
 * draft 2020-12 schema, and every example's export validates against it (checked with networknt's
 * json-schema-validator, an implementation independent of Veikart's code).
 */
class JsonSchemaTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	static Path committedSchema() {
		return Examples.folder().resolveSibling("bundles/org.veikart.generator/schema/" + JsonFormat.SCHEMA_FILE);
	}

	static JsonSchema schema() throws IOException {
		JsonNode node = MAPPER.readTree(new JsonSchemaGenerator().generate());
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
	}

	@Test
	void committedSchemaIsUpToDate() throws IOException {
		String generated = new JsonSchemaGenerator().generate();
		String committed = Files.exists(committedSchema()) ? Files.readString(committedSchema(), StandardCharsets.UTF_8) : "";
		if (!generated.equals(committed)) {
			Path fresh = Path.of("target", JsonFormat.SCHEMA_FILE).toAbsolutePath();
			Files.createDirectories(fresh.getParent());
			Files.writeString(fresh, generated, StandardCharsets.UTF_8);
			assertEquals(committed, generated, "the committed schema is out of date with the metamodel; regenerate it with\n  cp "
					+ fresh + " " + committedSchema() + "\n(the test wrote the generated schema there)");
		}
	}

	@Test
	void schemaIsAValidDraft202012Schema() throws IOException {
		JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
		Set<ValidationMessage> errors = metaSchema.validate(MAPPER.readTree(new JsonSchemaGenerator().generate()));
		assertTrue(errors.isEmpty(), errors.toString());
	}

	static Stream<EObject> examples() {
		return Examples.roots().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleExportValidates(EObject root) throws IOException {
		Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(new JsonExporter().toJson(root)));
		assertTrue(errors.isEmpty(), errors.toString());
	}

	@Test
	void schemaRejectsUnknownMembersAndTypes() throws IOException {
		String json = new JsonExporter().toJson(Examples.plans().get(0));
		JsonSchema schema = schema();
		assertFalse(schema.validate(MAPPER.readTree(json.replaceFirst("\"title\"", "\"titel\""))).isEmpty(), "unknown member accepted");
		assertFalse(schema.validate(MAPPER.readTree(json.replaceFirst("\"type\": \"Goal\"", "\"type\": \"Gaol\""))).isEmpty(), "unknown type accepted");
		assertFalse(schema.validate(MAPPER.readTree(json.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"0.9\""))).isEmpty(), "wrong version accepted");
	}
}
