package org.veikart.generator.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.generator.Examples;
import org.veikart.generator.FullModel;
import org.veikart.generator.IdIndex;
import org.veikart.model.Goal;
import org.veikart.model.Plan;

/** CSV export then import into the same plan changes nothing; one edited cell is exactly one change. */
class CsvRoundTripTest {

	static Stream<EObject> examples() {
		return Examples.roots().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void exportThenImportChangesNothing(EObject root) throws Exception {
		Map<String, byte[]> files = new CsvExporter().export(root);
		assertFalse(files.isEmpty());
		for (byte[] content : files.values()) {
			assertEquals((byte) 0xEF, content[0], "UTF-8 byte order mark for Excel");
		}
		List<CsvChange> changes = new CsvImporter(root, Examples.index()).read(files);
		assertEquals(List.of(), changes.stream().map(CsvChange::describe).toList());
	}

	@Test
	void editedTitleIsExactlyOneChange() throws Exception {
		Plan plan = EcoreUtil.copy(Examples.plans().stream().filter(p -> !p.getGoals().isEmpty()).findFirst().orElseThrow());
		Goal goal = plan.getGoals().get(0);
		Map<String, byte[]> files = new LinkedHashMap<>(new CsvExporter().export(plan));
		String csv = new String(files.get("Goal.csv"), StandardCharsets.UTF_8);
		String oldTitle = goal.getTitle();
		assertTrue(csv.contains(oldTitle), csv);
		files.put("Goal.csv", csv.replaceFirst(java.util.regex.Pattern.quote(oldTitle), "Ny tittel, med \"komma\"").getBytes(StandardCharsets.UTF_8));
		// quoting: the new title has a comma and quotes, so the edited cell must be re-quoted as a spreadsheet would
		files.put("Goal.csv", requote(new String(files.get("Goal.csv"), StandardCharsets.UTF_8), "Ny tittel, med \"komma\""));
		CsvImporter importer = new CsvImporter(plan, IdIndex.of(List.of()));
		List<CsvChange> changes = importer.read(files);
		assertEquals(1, changes.size(), changes.stream().map(CsvChange::describe).toList().toString());
		assertEquals(goal, changes.get(0).element());
		assertEquals("title", changes.get(0).feature().getName());
		assertEquals(oldTitle, goal.getTitle(), "read() must not change the model");
		CsvImporter.apply(changes);
		assertEquals("Ny tittel, med \"komma\"", goal.getTitle());
		assertEquals(List.of(), new CsvImporter(plan, IdIndex.of(List.of())).read(new CsvExporter().export(plan)));
	}

	@Test
	void everyFeatureAndFormulaLikeTextRoundTrips() throws Exception {
		String[] starts = { "=SUM(A1)", "+47 123", "-x", "@cmd", "'=already", "''+two", "\tTab", "plain 'quote'" };
		int[] n = { 0 };
		Plan plan = FullModel.build(attribute -> starts[n[0]++ % starts.length]);
		Map<String, byte[]> files = new CsvExporter().export(plan);
		for (var entry : files.entrySet()) {
			for (String cell : cells(new String(entry.getValue(), StandardCharsets.UTF_8), entry.getKey())) {
				assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0, entry.getKey() + ": formula cell " + cell);
				assertFalse(cell.startsWith("-") && !cell.matches("-?[0-9.]+"), entry.getKey() + ": formula cell " + cell);
			}
		}
		assertEquals(List.of(), new CsvImporter(plan, IdIndex.of(List.of())).read(files).stream().map(CsvChange::describe).toList());
	}

	private static List<String> cells(String text, String file) {
		List<org.veikart.generator.ImportProblem> problems = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		for (List<CsvReader.Field> row : new CsvReader(file, text, problems).records()) {
			row.forEach(f -> cells.add(f.value()));
		}
		assertTrue(problems.isEmpty(), problems.toString());
		return cells;
	}

	/** Puts the (unquoted, after a naive replace) value back into RFC 4180 quotes. */
	private static byte[] requote(String csv, String value) {
		return csv.replace(value, "\"" + value.replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.UTF_8);
	}
}
