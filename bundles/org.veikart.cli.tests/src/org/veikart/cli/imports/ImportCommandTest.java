package org.veikart.cli.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CliRun;
import org.veikart.cli.export.ExampleCopies;

/** {@code veikart import}: JSON to .plan and .xmi, CSV edits with --dry-run, and bad input. */
class ImportCommandTest {

	@TempDir
	Path temp;

	@Test
	void jsonBecomesAPlanFileThatExportsToTheSameJson() throws IOException {
		Path plans = ExampleCopies.copyTo(temp.resolve("plans"));
		assertEquals(0, CliRun.run(temp, "export", "--format", "json", "--out", "json", "plans").exitCode());
		// a new home for the Drammen plan, beside the shared actors it refers to
		Files.createDirectories(temp.resolve("ws"));
		Files.copy(plans.resolve("actors.plan"), temp.resolve("ws/actors.plan"));
		CliRun dry = CliRun.run(temp, "import", "--dry-run", "json/drammen-omstillingsdyktig-naeringsliv.json", "ws/drammen.plan");
		assertEquals(0, dry.exitCode(), dry.toString());
		assertFalse(Files.exists(temp.resolve("ws/drammen.plan")), "dry run writes nothing");
		CliRun run = CliRun.run(temp, "import", "json/drammen-omstillingsdyktig-naeringsliv.json", "ws/drammen.plan");
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(0, CliRun.run(temp, "validate", "ws").exitCode(), CliRun.run(temp, "validate", "ws").toString());
		assertEquals(0, CliRun.run(temp, "export", "--format", "json", "--out", "again", "ws/drammen.plan").exitCode());
		assertEquals(Files.readString(temp.resolve("json/drammen-omstillingsdyktig-naeringsliv.json")),
				Files.readString(temp.resolve("again/drammen-omstillingsdyktig-naeringsliv.json")), "JSON -> .plan -> JSON is stable");

		Files.createDirectories(temp.resolve("ws2"));
		Files.copy(plans.resolve("actors.plan"), temp.resolve("ws2/actors.plan"));
		CliRun xmi = CliRun.run(temp, "import", "json/drammen-omstillingsdyktig-naeringsliv.json", "ws2/drammen.xmi");
		assertEquals(0, xmi.exitCode(), xmi.toString());
		assertTrue(Files.readString(temp.resolve("ws2/drammen.xmi")).contains("drammen-satsing-naeringsliv"));

		CliRun twice = CliRun.run(temp, "import", "json/drammen-omstillingsdyktig-naeringsliv.json", "plans/drammen-kopi.plan");
		assertEquals(1, twice.exitCode(), twice.toString());
		assertTrue(twice.outLines().get(0).contains("is already used in drammen-omstillingsdyktig-naeringsliv.plan"), twice.toString());
		assertFalse(Files.exists(plans.resolve("drammen-kopi.plan")));
	}

	@Test
	void badJsonIsReportedWithItsLocation() throws IOException {
		Files.writeString(temp.resolve("bad.json"), "{\n  \"schemaVersion\": \"1.0\",\n  \"root\": {\"type\": \"Plan\", \"id\": \"p\", \"measuredBy\": [\"nope\"]}\n}\n");
		CliRun run = CliRun.run(temp, "import", "bad.json", "out.plan");
		assertEquals(1, run.exitCode(), run.toString());
		assertEquals("bad.json:3:54: error: \"measuredBy\": no element has the id \"nope\"", run.outLines().get(0));
		assertFalse(Files.exists(temp.resolve("out.plan")));
		Files.writeString(temp.resolve("syntax.json"), "{ \"schemaVersion\": \"1.0\", \"root\": ");
		CliRun syntax = CliRun.run(temp, "import", "syntax.json", "out.plan");
		assertEquals(1, syntax.exitCode(), syntax.toString());
		assertTrue(syntax.outLines().get(0).startsWith("syntax.json:1:"), syntax.toString());
		assertEquals(2, CliRun.run(temp, "import", "missing.json", "out.plan").exitCode());
		assertEquals(2, CliRun.run(temp, "import", "bad.json", "out.txt").exitCode());
		assertEquals(2, CliRun.run(temp, "import", "bad.json", "no/such/folder/out.plan").exitCode());
		assertTrue(CliRun.run(temp, "import", "bad.yaml", "out.plan").err().startsWith("import: bad.yaml: unknown input format"));
	}

	@Test
	void csvEditsAreShownByDryRunAndWrittenOtherwise() throws IOException {
		Path plans = ExampleCopies.copyTo(temp.resolve("plans"));
		assertEquals(0, CliRun.run(temp, "export", "--format", "csv", "--out", "csv", "plans").exitCode());
		Path strategy = plans.resolve("lillestrom-strategi.plan");
		String before = Files.readString(strategy, StandardCharsets.UTF_8);

		CliRun unchanged = CliRun.run(temp, "import", "csv/lillestrom-strategi", "plans/lillestrom-strategi.plan");
		assertEquals(0, unchanged.exitCode(), unchanged.toString());
		assertTrue(unchanged.err().contains("no changes"), unchanged.toString());

		Path goals = temp.resolve("csv/lillestrom-strategi/Goal.csv");
		String csv = Files.readString(goals, StandardCharsets.UTF_8);
		String line = csv.lines().skip(1).findFirst().orElseThrow();
		String[] cells = line.split(",", -1);
		String title = cells[4];
		assertFalse(title.isEmpty() || title.startsWith("\""), "a simple first goal title: " + line);
		Files.writeString(goals, csv.replaceFirst(java.util.regex.Pattern.quote(line), java.util.regex.Matcher.quoteReplacement(
				line.replaceFirst(java.util.regex.Pattern.quote("," + title + ","), ",Nytt hovedmål,"))), StandardCharsets.UTF_8);

		CliRun dry = CliRun.run(temp, "import", "--dry-run", "csv/lillestrom-strategi/Goal.csv", "plans/lillestrom-strategi.plan");
		assertEquals(0, dry.exitCode(), dry.toString());
		assertEquals(1, dry.outLines().size(), dry.toString());
		assertTrue(dry.outLines().get(0).matches("csv/lillestrom-strategi/Goal\\.csv:2:\\d+: Goal \\S+ title: \".*\" -> \"Nytt hovedmål\""), dry.toString());
		assertEquals(before, Files.readString(strategy, StandardCharsets.UTF_8), "dry run writes nothing");

		CliRun real = CliRun.run(temp, "import", "csv/lillestrom-strategi/Goal.csv", "plans/lillestrom-strategi.plan");
		assertEquals(0, real.exitCode(), real.toString());
		String after = Files.readString(strategy, StandardCharsets.UTF_8);
		assertEquals(before.replaceFirst(java.util.regex.Pattern.quote("\"" + title + "\""), "\"Nytt hovedmål\""), after,
				"a minimal edit: only the title token changes, comments and layout stay");
		assertTrue(Files.exists(plans.resolve("lillestrom-strategi.plan.bak")), "previous version kept");
		assertEquals(0, CliRun.run(temp, "validate", "plans").exitCode(), "still valid");
	}

	@Test
	void enumEditsInsertRemoveAndReplaceOnlyTheirClause() throws IOException {
		Path plans = ExampleCopies.copyTo(temp.resolve("plans"));
		Path plan = plans.resolve("lillestrom-handlingsplan.plan");
		String before = Files.readString(plan, StandardCharsets.UTF_8);
		String block = "      measure hp-1a-t2 \"Vurdere forstudie som grunnlag for en mulighetsstudie.\" {\n"
				+ "        source \"001_634af28027b98686.txt\" line 32\n";
		assertTrue(before.contains(block + "      }\n"), "the example as expected");

		// as a spreadsheet saves it: BOM, the literal name in upper case
		Files.write(temp.resolve("Measure.csv"), "\uFEFFid,status\r\nhp-1a-t2,COMPLETED\r\n".getBytes(StandardCharsets.UTF_8));
		CliRun added = CliRun.run(temp, "import", "Measure.csv", "plans/lillestrom-handlingsplan.plan");
		assertEquals(0, added.exitCode(), added.toString());
		assertFalse(added.err().contains("serializer"), added.toString());
		assertEquals(before.replace(block, block + "        status completed\n"), Files.readString(plan, StandardCharsets.UTF_8),
				"one new line in the element's block, nothing else changes");

		Files.writeString(temp.resolve("Measure.csv"), "id,status\r\nhp-1a-t2,ongoing\r\n", StandardCharsets.UTF_8);
		assertEquals(0, CliRun.run(temp, "import", "Measure.csv", "plans/lillestrom-handlingsplan.plan").exitCode());
		assertEquals(before.replace(block, block + "        status ongoing\n"), Files.readString(plan, StandardCharsets.UTF_8),
				"the plan-language word is accepted and replaces just the token");

		Files.writeString(temp.resolve("Measure.csv"), "id,status\r\nhp-1a-t2,\r\n", StandardCharsets.UTF_8);
		assertEquals(0, CliRun.run(temp, "import", "Measure.csv", "plans/lillestrom-handlingsplan.plan").exitCode());
		assertEquals(before, Files.readString(plan, StandardCharsets.UTF_8), "an emptied value removes its line");

		Path strategy = plans.resolve("lillestrom-strategi.plan");
		String strategyBefore = Files.readString(strategy, StandardCharsets.UTF_8);
		String header = "  main-goal st-hm-1 \"Lillestrøm kommune skal bidra aktivt til næringsutvikling i hele kommunen. "
				+ "Etableringer og nye arbeidsplasser skal understøtte nasjonale og internasjonale målsetninger innen bærekraft.\" {\n";
		assertTrue(strategyBefore.contains(header));
		Files.writeString(temp.resolve("Goal.csv"), "id,title,kind\r\nst-hm-1,,effect-goal\r\n", StandardCharsets.UTF_8);
		CliRun emptied = CliRun.run(temp, "import", "Goal.csv", "plans/lillestrom-strategi.plan");
		assertEquals(0, emptied.exitCode(), emptied.toString());
		assertEquals(strategyBefore.replace(header, "  effect-goal st-hm-1 {\n"), Files.readString(strategy, StandardCharsets.UTF_8));
		assertEquals(0, CliRun.run(temp, "validate", "plans").exitCode(), "still valid");
	}

	@Test
	void csvExportWritesEnumValuesInThePlanLanguagesWords() throws IOException {
		ExampleCopies.copyTo(temp.resolve("plans"));
		assertEquals(0, CliRun.run(temp, "export", "--format", "csv", "--out", "csv", "plans").exitCode());
		String goals = Files.readString(temp.resolve("csv/lillestrom-strategi/Goal.csv"), StandardCharsets.UTF_8);
		assertTrue(goals.contains(",main-goal"), goals.lines().limit(3).toList().toString());
		assertFalse(goals.contains(",MAIN"), "no literal names");
	}

	@Test
	void csvProblemsStopTheImport() throws IOException {
		Path plans = ExampleCopies.copyTo(temp.resolve("plans"));
		Files.writeString(temp.resolve("Goal.csv"), "id,title\r\nst-nope,X\r\n", StandardCharsets.UTF_8);
		String before = Files.readString(plans.resolve("lillestrom-strategi.plan"));
		CliRun run = CliRun.run(temp, "import", "Goal.csv", "plans/lillestrom-strategi.plan");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.outLines().get(0).startsWith("Goal.csv:2:1: error: no element has the id \"st-nope\""), run.toString());
		assertEquals(before, Files.readString(plans.resolve("lillestrom-strategi.plan")));
		assertTrue(CliRun.run(temp, "import", "--help").out().startsWith("usage: veikart import [--dry-run] IN.json OUT"));
	}
}
