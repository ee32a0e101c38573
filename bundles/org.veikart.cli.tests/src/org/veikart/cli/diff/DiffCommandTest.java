package org.veikart.cli.diff;

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
import org.veikart.cli.ExitCode;
import org.veikart.cli.template.TemplateCommandTest;

class DiffCommandTest {

	@TempDir
	Path folder;

	private static Path examples() {
		return Path.of(System.getProperty("veikart.root", "../..")).resolve("examples").toAbsolutePath().normalize();
	}

	@Test
	void planAgainstItselfHasNoDifferences() {
		CliRun run = CliRun.run(examples(), "diff", "sorum-naeringsstrategi.plan", "sorum-naeringsstrategi.plan");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertEquals(1, run.outLines().size(), run.out());
		assertTrue(run.out().contains(": 0 added, 0 removed, 0 changed, 0 moved;"), run.out());
	}

	@Test
	void lillestromAgainstSorumMatchesTheTheme() {
		CliRun run = CliRun.run(examples(), "diff", "lillestrom-handlingsplan.plan", "sorum-naeringsstrategi.plan");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().contains("~ changed focus-area hp-area-5 \"Næringsvennlig kommune\" -> goal sorum-hm-1 (similarity 0.88)"),
				run.out());
		assertTrue(run.out().contains("    element: focus-area -> goal"), run.out());
		CliRun json = CliRun.run(examples(), "diff", "lillestrom-handlingsplan.plan", "sorum-naeringsstrategi.plan", "--format", "json");
		assertEquals(ExitCode.OK, json.exitCode(), json.toString());
		assertTrue(json.out().contains("\"match\" : \"similarity\""), json.out());
		assertTrue(json.out().contains("\"id\" : \"sorum-hm-1\""), json.out());
	}

	@Test
	void htmlIsEscapedAndNorwegian() throws IOException {
		// two versions of one plan, each among its own folder's plans
		TemplateCommandTest.copyExamples(Files.createDirectory(folder.resolve("old")));
		TemplateCommandTest.copyExamples(Files.createDirectory(folder.resolve("new")));
		Path b = folder.resolve("new/sorum-naeringsstrategi.plan");
		String text = Files.readString(b, StandardCharsets.UTF_8)
				.replace("\"Nye bedrifter til Sørum\"", "\"Nye <b>bedrifter</b> & gründere\"");
		Files.writeString(b, text, StandardCharsets.UTF_8);
		CliRun run = CliRun.run(folder, "diff", "old/sorum-naeringsstrategi.plan", "new/sorum-naeringsstrategi.plan", "--format", "html",
				"--out", "diff.html");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		String html = Files.readString(folder.resolve("diff.html"), StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nb\">"), html);
		assertTrue(html.contains("Nye &lt;b&gt;bedrifter&lt;/b&gt; &amp; gründere"), html);
		assertFalse(html.contains("<b>bedrifter"), html);
	}

	@Test
	void usageAndIoErrors() {
		assertEquals(ExitCode.ERROR, CliRun.run(examples(), "diff", "sorum-naeringsstrategi.plan").exitCode());
		assertEquals(ExitCode.ERROR, CliRun.run(examples(), "diff", "a.plan", "b.plan").exitCode());
		CliRun format = CliRun.run(examples(), "diff", "sorum-naeringsstrategi.plan", "sorum-naeringsstrategi.plan", "--format", "pdf");
		assertEquals(ExitCode.ERROR, format.exitCode());
		assertTrue(format.err().contains("--format must be text, json or html"), format.err());
		assertEquals(ExitCode.OK, CliRun.run(examples(), "diff", "--help").exitCode());
	}

	@Test
	void planWithErrorsIsReported() throws IOException {
		TemplateCommandTest.copyExamples(folder);
		Files.writeString(folder.resolve("broken.plan"), "plan broken \"x\" { focus-area }\n", StandardCharsets.UTF_8);
		CliRun run = CliRun.run(folder, "diff", "broken.plan", "sorum-naeringsstrategi.plan");
		assertEquals(ExitCode.FAILED, run.exitCode(), run.toString());
		assertTrue(run.err().contains("broken.plan:1:"), run.err());
	}

	@Test
	void textAndJsonAgreeAndValuesReadWell() throws IOException {
		TemplateCommandTest.copyExamples(Files.createDirectory(folder.resolve("old")));
		TemplateCommandTest.copyExamples(Files.createDirectory(folder.resolve("new")));
		Path b = folder.resolve("new/sorum-naeringsstrategi.plan");
		String text = Files.readString(b, StandardCharsets.UTF_8)
				.replace("\"Nye bedrifter til Sørum\"", "\"Nye \\\"bedrifter\\\"\"")
				.replace("note assumption \"adopted-by:", "note assumption \"Endret adopted-by:");
		Files.writeString(b, text, StandardCharsets.UTF_8);
		CliRun run = CliRun.run(folder, "diff", "old/sorum-naeringsstrategi.plan", "new/sorum-naeringsstrategi.plan");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		java.util.regex.Matcher matched = java.util.regex.Pattern.compile("; (\\d+) elements matched").matcher(run.out());
		assertTrue(matched.find(), run.out());
		CliRun json = CliRun.run(folder, "diff", "old/sorum-naeringsstrategi.plan", "new/sorum-naeringsstrategi.plan", "--format", "json");
		assertTrue(json.out().contains("\"matched\" : " + matched.group(1) + "\n"), matched.group(1) + " vs " + json.out());
		assertTrue(run.out().contains("title: \"Nye bedrifter til Sørum\" -> \"Nye \\\"bedrifter\\\"\""), run.out());
		assertTrue(run.out().contains("note assumption: \"Endret adopted-by:"), run.out());
		assertFalse(run.out().contains("Note("), run.out());
	}
}
