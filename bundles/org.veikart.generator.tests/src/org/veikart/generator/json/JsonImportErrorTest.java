package org.veikart.generator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportException;
import org.veikart.generator.ImportProblem;

/** Bad JSON gives every problem with file:line:col and never a model. */
class JsonImportErrorTest {

	private static final String HEAD = "{\n  \"schemaVersion\": \"1.0\",\n  \"root\": {\n    \"type\": \"Plan\",\n    \"id\": \"p-1\",\n";

	private static List<ImportProblem> problems(String json) {
		ImportException e = assertThrows(ImportException.class, () -> new JsonImporter(IdIndex.empty())
				.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json"));
		return e.problems();
	}

	private static ImportProblem only(String json) {
		List<ImportProblem> problems = problems(json);
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	@Test
	void syntaxErrorHasItsLocation() {
		ImportProblem problem = only(HEAD + "    \"title\": \"x\"\n    \"text\": \"y\"\n  }\n}\n");
		assertEquals("in.json", problem.file());
		assertEquals(7, problem.line(), problem.format());
		assertTrue(problem.column() > 0, problem.format());
	}

	@Test
	void unknownTypeFeatureAndIdAreReportedTogether() {
		List<ImportProblem> problems = problems(HEAD + "    \"titel\": \"x\",\n    \"goals\": [ { \"type\": \"Gaol\", \"id\": \"g\" } ],\n"
				+ "    \"measuredBy\": [ \"nope\" ]\n  }\n}\n");
		assertEquals(2, problems.size(), problems.toString()); // links are only resolved when the rest is sound
		assertEquals("in.json:6:5: error: unknown member \"titel\" for a Plan", problems.get(0).format());
		assertTrue(problems.get(1).message().startsWith("unknown type \"Gaol\" (expected one of Goal)"), problems.get(1).format());
		assertEquals(7, problems.get(1).line());
	}

	@Test
	void unknownIdIsAnError() {
		ImportProblem problem = only(HEAD + "    \"measuredBy\": [ \"ind-missing\" ]\n  }\n}\n");
		assertEquals("in.json:6:21: error: \"measuredBy\": no element has the id \"ind-missing\"", problem.format());
	}

	@Test
	void referenceToWrongTypeIsAnError() {
		ImportProblem problem = only(HEAD + "    \"goals\": [ { \"type\": \"Goal\", \"id\": \"g-1\" } ],\n    \"measuredBy\": [ \"g-1\" ]\n  }\n}\n");
		assertTrue(problem.message().contains("\"g-1\" is a Goal, not a Indicator"), problem.format());
	}

	@Test
	void sdgIdsResolveToTheCatalogue() throws Exception {
		var plan = new JsonImporter(IdIndex.empty()).read(new ByteArrayInputStream((HEAD
				+ "    \"sdgReferences\": [ { \"type\": \"SdgReference\", \"goal\": \"sdg-8\", \"target\": \"sdg-8.2\" } ]\n  }\n}\n")
				.getBytes(StandardCharsets.UTF_8)), "in.json");
		var reference = ((org.veikart.model.Plan) plan).getSdgReferences().get(0);
		assertEquals(8, reference.getGoal().getNumber());
		assertEquals("8.2", reference.getTarget().getCode());
	}

	@Test
	void duplicateIdWrongVersionWrongValueAndTypeNotFirst() {
		assertTrue(only(HEAD + "    \"goals\": [ { \"type\": \"Goal\", \"id\": \"p-1\" } ]\n  }\n}\n").message()
				.contains("\"p-1\" is used twice"));
		assertTrue(only(HEAD.replace("1.0", "2.0") + "    \"title\": \"x\"\n  }\n}\n").message().startsWith("unsupported schemaVersion 2.0"));
		assertEquals("\"duplicate\" takes true or false, not yes",
				only(HEAD + "    \"duplicate\": \"yes\"\n  }\n}\n").message());
		assertEquals("an element object must start with \"type\"",
				only(HEAD + "    \"goals\": [ { \"id\": \"g-2\", \"type\": \"Goal\" } ]\n  }\n}\n").message());
		assertTrue(only(HEAD + "    \"kind\": \"STRATEGI\"\n  }\n}\n").message().contains("is not a value of \"kind\""));
	}

	@Test
	void rootMustBeARootType() {
		assertTrue(only("{\"schemaVersion\": \"1.0\", \"root\": {\"type\": \"Goal\", \"id\": \"g\"}}").message()
				.startsWith("a Goal cannot be the root of a document"));
		assertTrue(only("{\"schemaVersion\": \"1.0\"}").message().contains("no \"root\""));
		assertTrue(only("[]").message().startsWith("a Veikart JSON document is an object"));
	}
}
