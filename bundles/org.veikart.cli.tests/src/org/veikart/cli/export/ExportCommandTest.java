package org.veikart.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CliRun;

/** {@code veikart export}: each format on the examples, and one clear message per kind of bad input. */
class ExportCommandTest {

	@TempDir
	Path temp;

	@Test
	void exportsEachFormat() throws IOException {
		Path plans = ExampleCopies.copyTo(temp.resolve("plans"));
		CliRun json = CliRun.run(temp, "export", "--format", "json", "--out", "json", "plans");
		assertEquals(0, json.exitCode(), json.toString());
		assertTrue(Files.exists(temp.resolve("json/lillestrom-strategi.json")), json.toString());
		assertTrue(Files.exists(temp.resolve("json/veikart-plan.schema.json")));
		assertTrue(json.err().contains("export: wrote "), json.toString());

		CliRun html = CliRun.run(temp, "export", "--format=html", "--out=report", "plans/lillestrom-strategi.plan",
				"plans/lillestrom-handlingsplan.plan");
		assertEquals(0, html.exitCode(), html.toString());
		assertTrue(Files.exists(temp.resolve("report/index.html")));
		String page = Files.readString(temp.resolve("report/lillestrom-handlingsplan.html"), StandardCharsets.UTF_8);
		assertTrue(page.contains("href=\"lillestrom-strategi.html"), "links across the plans given");

		CliRun csv = CliRun.run(temp, "export", "--format", "CSV", "--out", "csv", "plans");
		assertEquals(0, csv.exitCode(), csv.toString());
		assertTrue(Files.exists(temp.resolve("csv/lillestrom-handlingsplan/Measure.csv")), csv.toString());

		CliRun again = CliRun.run(temp, "export", "--format", "json", "--out", "json", plans.resolve("sorum-naeringsstrategi.plan").toString());
		assertEquals(0, again.exitCode(), "an earlier export is replaced: " + again);
		try (Stream<Path> files = Files.list(temp.resolve("json"))) {
			assertEquals(2, files.filter(f -> f.toString().endsWith(".json")).count(), "the old export is gone as a whole");
		}
	}

	@Test
	void badInputGetsOneClearMessageAndNoOutput() throws IOException {
		ExampleCopies.copyTo(temp.resolve("plans"));
		assertFails(2, "export: plans/nope.plan: no such file", "export", "--format", "json", "--out", "out", "plans/nope.plan");
		assertFails(2, "export: unknown format 'pdf' (expected json, html or csv)", "export", "--format", "pdf", "--out", "out", "plans");
		assertFails(2, "export: --out DIR is missing", "export", "--format", "json", "plans");
		assertFails(2, "export: --format json|html|csv is missing", "export", "--out", "out", "plans");
		assertFails(2, "export: no PATH given", "export", "--format", "json", "--out", "out");
		assertFails(2, "export: cannot write missing/out: the folder", "export", "--format", "json", "--out", "missing/out", "plans");
		Files.writeString(temp.resolve("a-file"), "x");
		assertFails(2, "is a file, not a folder", "export", "--format", "json", "--out", "a-file", "plans");
		Files.createDirectories(temp.resolve("mine"));
		Files.writeString(temp.resolve("mine/keep.txt"), "important");
		assertFails(2, "is not empty and was not written by a Veikart export", "export", "--format", "html", "--out", "mine", "plans");
		assertTrue(Files.exists(temp.resolve("mine/keep.txt")));

		Files.writeString(temp.resolve("plans/broken.plan"), "plan broken \"Broken\" {\n  goal {\n");
		CliRun run = CliRun.run(temp, "export", "--format", "html", "--out", "out", "plans/broken.plan");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().lines().anyMatch(l -> l.matches("plans/broken\\.plan:\\d+:\\d+: error: .*")), run.toString());
		assertTrue(run.err().contains("nothing written"), run.toString());
		assertFalse(Files.exists(temp.resolve("out")), "no partial output");
		try (Stream<Path> files = Files.list(temp)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".out.")), "no temp folder left");
		}
	}

	@Test
	void longRunsShowProgress() throws IOException {
		Files.createDirectories(temp.resolve("many"));
		for (int i = 1; i <= 25; i++) {
			Files.writeString(temp.resolve("many/plan" + i + ".plan"), "plan plan" + i + " \"Plan " + i + "\" {\n  kind strategy\n}\n");
		}
		CliRun run = CliRun.run(temp, "export", "--format", "json", "--out", "out", "many");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.errLines().contains("export: 20 of 25 files loaded"), run.toString());
		assertEquals("export: wrote 26 files (json, 25 plan files) to out", run.errLines().get(run.errLines().size() - 1));
	}

	@Test
	void helpDescribesTheCommand() {
		CliRun run = CliRun.run(temp, "export", "--help");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("usage: veikart export --format json|html|csv --out DIR PATH..."), run.out());
		assertTrue(CliRun.run(temp, "--help").out().contains("  export "));
	}

	private void assertFails(int exitCode, String message, String... args) {
		CliRun run = CliRun.run(temp, args);
		assertEquals(exitCode, run.exitCode(), run.toString());
		assertTrue(run.errLines().get(0).startsWith(message) || run.errLines().get(0).contains(message), run.toString());
		assertFalse(Files.exists(temp.resolve("out")), "no output for " + String.join(" ", args));
	}
}
