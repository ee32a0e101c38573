package org.veikart.cli.template;

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
import org.veikart.cli.ExitCode;

public class TemplateCommandTest {

	@TempDir
	Path folder;

	/** Copies the example .plan files into {@code folder}; @return {@code folder} */
	public static Path copyExamples(Path folder) throws IOException {
		Path examples = Path.of(System.getProperty("veikart.root", "../..")).resolve("examples");
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder;
	}

	@Test
	void listShowsTemplatesVersionsAndParameters() {
		CliRun run = CliRun.run(folder, "template", "list");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.out().contains("naeringsvennlig-kommune  version 1, 2  theme  Næringsvennlig kommune"), run.out());
		assertTrue(run.out().contains("--param periode.start=...  Første år i planperioden (default \"2025\")"), run.out());
		assertTrue(run.out().contains("nho-kommune-nm  version 1  indicator"), run.out());
	}

	@Test
	void newPlanIsWrittenAndValidates() throws IOException {
		CliRun run = CliRun.run(folder, "template", "new", "--template", "naeringsstrategi", "--param", "kommune=Ås",
				"--param", "periode.start=2026", "--out", "as.plan");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		String text = Files.readString(folder.resolve("as.plan"), StandardCharsets.UTF_8);
		assertTrue(text.contains("\"Strategi for næringsutvikling i Ås 2026-2035\""), text);
		assertTrue(text.contains("template \"naeringsstrategi\" version \"1\" element \"ns-hm-1\""), text);
		assertEquals(ExitCode.OK, CliRun.run(folder, "validate", "as.plan").exitCode());
		CliRun again = CliRun.run(folder, "template", "new", "--template", "naeringsstrategi", "--param", "kommune=Ås", "--out", "as.plan");
		assertEquals(ExitCode.ERROR, again.exitCode(), again.toString());
		assertTrue(again.err().contains("as.plan exists"), again.err());
	}

	@Test
	void badParametersNameTemplateFileLineAndColumn() {
		CliRun missing = CliRun.run(folder, "template", "new", "--template", "handlingsplan", "--out", "hp.plan");
		assertEquals(ExitCode.FAILED, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("starter:library/handlingsplan/handlingsplan-1.plan:22:22: error: parameter 'kommune' has no value"),
				missing.err());
		CliRun unknown = CliRun.run(folder, "template", "new", "--template", "handlingsplan", "--param", "kommune=X",
				"--param", "fylke=Viken", "--out", "hp.plan");
		assertEquals(ExitCode.FAILED, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("unknown parameter 'fylke' for template handlingsplan"), unknown.err());
		assertFalse(Files.exists(folder.resolve("hp.plan")));
		assertEquals(ExitCode.ERROR, CliRun.run(folder, "template", "new", "--template").exitCode());
		assertEquals(ExitCode.ERROR, CliRun.run(folder, "template", "frobnicate").exitCode());
	}

	@Test
	void applyInsertsKeepsCommentsAndBacksUp() throws IOException {
		copyExamples(folder);
		Path plan = folder.resolve("sorum-naeringsstrategi.plan");
		String before = Files.readString(plan, StandardCharsets.UTF_8);
		CliRun run = CliRun.run(folder, "template", "apply", "--template", "naeringsvennlig-kommune", "--into", "sorum-naeringsstrategi.plan",
				"--as", "hovedmål", "--param", "kommune=Sørum");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		String after = Files.readString(plan, StandardCharsets.UTF_8);
		assertTrue(after.contains("template \"naeringsvennlig-kommune\" version \"2\" element \"nv\""), after);
		assertTrue(after.contains("main-goal goal-"), after);
		assertTrue(after.startsWith("// Sørum: \"Strategi for næringsutvikling i Sørum 2015-2027\""), "the file's comments survive");
		assertEquals(before, Files.readString(folder.resolve("sorum-naeringsstrategi.plan.bak"), StandardCharsets.UTF_8));
		assertEquals(ExitCode.OK, CliRun.run(folder, "validate", "sorum-naeringsstrategi.plan").exitCode());
	}

	@Test
	void applyWhereItDoesNotFitChangesNothing() throws IOException {
		copyExamples(folder);
		Path plan = folder.resolve("lillestrom-handlingsplan.plan");
		String before = Files.readString(plan, StandardCharsets.UTF_8);
		CliRun run = CliRun.run(folder, "template", "apply", "--template", "kommunen-som-innkjoper", "--into", "lillestrom-handlingsplan.plan",
				"--at", "hp-5b-t1");
		assertEquals(ExitCode.FAILED, run.exitCode(), run.toString());
		assertTrue(run.err().contains("lillestrom-handlingsplan.plan:"), run.err());
		assertTrue(run.err().contains("cannot go into measure hp-5b-t1"), run.err());
		assertEquals(before, Files.readString(plan, StandardCharsets.UTF_8));
	}

	@Test
	void updateDryRunThenUpdateThenConflict() throws IOException {
		copyExamples(folder);
		Path plan = folder.resolve("drammen-omstillingsdyktig-naeringsliv.plan");
		assertEquals(ExitCode.OK, CliRun.run(folder, "template", "apply", "--template", "naeringsvennlig-kommune", "--version", "1",
				"--into", plan.getFileName().toString(), "--param", "kommune=Drammen").exitCode());
		String v1 = Files.readString(plan, StandardCharsets.UTF_8);
		CliRun dry = CliRun.run(folder, "template", "update", plan.getFileName().toString(), "--dry-run");
		assertEquals(ExitCode.OK, dry.exitCode(), dry.toString());
		assertTrue(dry.out().contains("naeringsvennlig-kommune 1 -> 2: 4 applied, 2 added, 1 removed, 0 local kept, 0 conflicts (not written)"),
				dry.out());
		assertEquals(v1, Files.readString(plan, StandardCharsets.UTF_8), "a dry run writes nothing");
		String local = v1.replace("Drammen kommune skal være en næringsvennlig kommune som er lett å samarbeide med.",
				"Drammen vil være lett å samarbeide med.");
		Files.writeString(plan, local, StandardCharsets.UTF_8);
		CliRun conflict = CliRun.run(folder, "template", "update", plan.getFileName().toString(), "--format", "json");
		assertEquals(ExitCode.FAILED, conflict.exitCode(), conflict.toString());
		assertTrue(conflict.out().contains("\"kind\" : \"conflict\""), conflict.out());
		assertTrue(conflict.out().contains("\"ours\" : \"Drammen vil være lett å samarbeide med.\""), conflict.out());
		String merged = Files.readString(plan, StandardCharsets.UTF_8);
		assertTrue(merged.contains("Drammen vil være lett å samarbeide med."), "the local value is kept");
		assertTrue(merged.contains("Gjennomføre bedriftsbesøk i Drammen hvert år."), "the upstream addition is merged");
		CliRun again = CliRun.run(folder, "template", "update", plan.getFileName().toString());
		assertEquals(ExitCode.FAILED, again.exitCode(), again.toString());
		assertTrue(again.out().contains("1 conflict"), again.out());
		assertFalse(again.out().contains("is up to date"), "one line per template, not an extra up-to-date line: " + again.out());
		assertEquals(ExitCode.OK, CliRun.run(folder, "validate", plan.getFileName().toString()).exitCode());
	}

	/** Apply inserts text: every line of the old file is still there, in the same order (nothing moved or reformatted). */
	@Test
	void applyOnlyAddsTheNewElements() throws IOException {
		copyExamples(folder);
		Path plan = folder.resolve("sorum-naeringsstrategi.plan");
		String before = Files.readString(plan, StandardCharsets.UTF_8);
		CliRun run = CliRun.run(folder, "template", "apply", "--template", "naeringsvennlig-kommune", "--into", "sorum-naeringsstrategi.plan",
				"--param", "kommune=Sørum");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertFalse(run.err().contains("written anew"), run.err());
		String after = Files.readString(plan, StandardCharsets.UTF_8);
		assertTrue(after.length() > before.length() + 100, after);
		java.util.List<String> old = before.lines().toList();
		int matched = 0;
		for (String line : after.lines().toList()) {
			if (matched < old.size() && line.equals(old.get(matched))) {
				matched++;
			}
		}
		assertEquals(old.size(), matched, "the old text survives in order; first line lost: "
				+ (matched < old.size() ? old.get(matched) : "") + "\n" + after);
		assertEquals(ExitCode.OK, CliRun.run(folder, "validate", "sorum-naeringsstrategi.plan").exitCode());
	}

	@Test
	void indicatorTemplateAtAnElementMeasuresIt() throws IOException {
		copyExamples(folder);
		Path plan = folder.resolve("lillestrom-handlingsplan.plan");
		CliRun run = CliRun.run(folder, "template", "apply", "--template", "nho-kommune-nm", "--into", "lillestrom-handlingsplan.plan",
				"--param", "kommune=Lillestrøm", "--at", "hp-1a");
		assertEquals(ExitCode.OK, run.exitCode(), run.toString());
		assertTrue(run.err().contains("measuring strategy hp-1a (measured-by)"), run.err());
		String after = Files.readString(plan, StandardCharsets.UTF_8);
		java.util.regex.Matcher added = java.util.regex.Pattern.compile("(?m)^  indicator (\\S+)").matcher(after);
		assertTrue(added.find(), "the indicator is at plan level: " + after);
		String strategy = after.substring(after.indexOf("strategy hp-1a "));
		strategy = strategy.substring(0, strategy.indexOf("\n    }"));
		assertTrue(strategy.contains("measured-by " + added.group(1)), strategy);
		assertEquals(ExitCode.OK, CliRun.run(folder, "validate", "lillestrom-handlingsplan.plan").exitCode());
	}

	@Test
	void updateReportsAreUnambiguousAndDryRunIdsAreTheRealOnes() throws IOException {
		copyExamples(folder);
		String plan = "drammen-omstillingsdyktig-naeringsliv.plan";
		CliRun unknown = CliRun.run(folder, "template", "update", plan, "--template", "nope");
		assertEquals(ExitCode.ERROR, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("no template nope"), unknown.err());
		assertEquals(ExitCode.OK, CliRun.run(folder, "template", "apply", "--template", "naeringsvennlig-kommune", "--version", "1",
				"--into", plan, "--param", "kommune=Drammen").exitCode());
		CliRun dry = CliRun.run(folder, "template", "update", plan, "--dry-run");
		java.util.regex.Matcher added = java.util.regex.Pattern.compile("(?m)^  added (\\S+)").matcher(dry.out());
		java.util.List<String> ids = new java.util.ArrayList<>();
		while (added.find()) {
			ids.add(added.group(1));
		}
		assertEquals(2, ids.size(), dry.out());
		String before = Files.readString(folder.resolve(plan), StandardCharsets.UTF_8);
		CliRun real = CliRun.run(folder, "template", "update", plan);
		assertEquals(ExitCode.OK, real.exitCode(), real.toString());
		assertFalse(real.err().contains("written anew"), real.err());
		String head = before.substring(0, before.indexOf("focus-area"));
		assertTrue(Files.readString(folder.resolve(plan), StandardCharsets.UTF_8).startsWith(head), "text before the changes kept");
		String text = Files.readString(folder.resolve(plan), StandardCharsets.UTF_8);
		for (String id : ids) {
			assertTrue(real.out().contains("added " + id) && text.contains(" " + id + " "), id + " in " + real.out());
		}
		CliRun back = CliRun.run(folder, "template", "update", plan, "--to", "1");
		assertEquals(ExitCode.OK, back.exitCode(), back.toString());
		assertTrue(back.out().contains("naeringsvennlig-kommune is at version 2, newer than the requested 1"), back.out());
		assertFalse(back.out().contains("version 1 is up to date"), back.out());
		assertEquals(1, back.out().lines().count(), back.out());
	}

	@Test
	void placementMessagesSuggestTheRightIdAndExplainTheLevel() throws IOException {
		copyExamples(folder);
		CliRun at = CliRun.run(folder, "template", "apply", "--template", "naeringsvennlig-kommune", "--into", "lillestrom-handlingsplan.plan",
				"--param", "kommune=X", "--at", "hm-1");
		assertEquals(ExitCode.FAILED, at.exitCode(), at.toString());
		assertTrue(at.err().contains("has no element with id hm-1; did you mean hp-hm-1?"), at.err());
		CliRun as = CliRun.run(folder, "template", "apply", "--template", "naeringsvennlig-kommune", "--into", "sorum-naeringsstrategi.plan",
				"--param", "kommune=X", "--as", "measure");
		assertEquals(ExitCode.FAILED, as.exitCode(), as.toString());
		assertTrue(as.err().contains("as a measure: its focus-area 'Næringsvennlig kommune' holds strategy, which a measure cannot hold"),
				as.err());
		assertFalse(as.err().contains("a measure can go into a plan"), as.err());
	}

	@Test
	void libraryAndParameterProblemsNameTheirFileOrParameter() throws IOException {
		Path library = Files.createDirectory(folder.resolve("lib"));
		Files.write(library.resolve("bad.plan"), new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3 });
		CliRun list = CliRun.run(folder, "template", "list", "--library", "lib");
		assertEquals(ExitCode.FAILED, list.exitCode(), list.toString());
		assertTrue(list.err().contains("bad.plan:1:1: error: not UTF-8 text"), list.err());
		assertFalse(list.err().contains("nothing written"), list.err());
		CliRun unknown = CliRun.run(folder, "template", "new", "--template", "nope", "--out", "x.plan");
		assertEquals(ExitCode.FAILED, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("template new: error: no template nope in the starter library"), unknown.err());
		assertFalse(unknown.err().contains(":0:0:"), unknown.err());
		CliRun year = CliRun.run(folder, "template", "new", "--template", "naeringsstrategi", "--param", "kommune=Ås",
				"--param", "periode.start=abc", "--out", "as.plan");
		assertEquals(ExitCode.FAILED, year.exitCode(), year.toString());
		assertTrue(year.err().contains("parameter 'periode.start' must be a whole number"), year.err());
		assertFalse(year.err().contains("mismatched input"), year.err());
	}
}
