package org.veikart.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CliRun;

/**
 * {@code veikart validate} on {@code .plan} files: all files of a run share one resource set, so
 * references to actors and plans in other files resolve; parser, linker and validator findings are
 * printed as {@code file:line:col: severity: message}.
 */
class PlanTextValidateTest {

	static final String ACTORS = """
			actors felles "Felles aktører" {
			  actor kommunen "Kommunen" { kind municipality }
			}
			""";
	static final String PLAN = """
			plan tiltak "Tiltaksplan" {
			  owner kommunen
			  main-goal m1 "Mål" {
			    sdg 8.2
			  }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void planFilesThatReferToEachOtherValidateCleanTogether() throws IOException {
		Files.writeString(dir.resolve("actors.plan"), ACTORS);
		Files.writeString(dir.resolve("tiltak.plan"), PLAN);

		CliRun run = CliRun.run(dir, "validate", ".");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(List.of(), run.outLines(), run::toString);
		assertEquals(List.of("validate: 2 files, 0 errors, 0 warnings"), run.errLines(), run::toString);
	}

	@Test
	void aFileValidatedAloneResolvesTheActorsOfItsFolderButReportsOnlyItself() throws IOException {
		Files.writeString(dir.resolve("actors.plan"), ACTORS);
		Files.writeString(dir.resolve("tiltak.plan"), PLAN);
		Files.writeString(dir.resolve("broken.plan"), "plan p \"P\" {\n  measure \"no id\"\n}\n");

		CliRun run = CliRun.run(dir, "validate", "tiltak.plan");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(List.of(), run.outLines(), run::toString);
		assertEquals(List.of("validate: 1 file, 0 errors, 0 warnings"), run.errLines(), run::toString);
	}

	@Test
	void aPlanWithoutItsActorsFileReportsTheUnresolvedActorWithPosition() throws IOException {
		Files.writeString(dir.resolve("tiltak.plan"), PLAN);

		CliRun run = CliRun.run(dir, "validate", "tiltak.plan");

		assertEquals(1, run.exitCode(), run::toString);
		assertEquals(List.of("tiltak.plan:2:9: error: No actor with id 'kommunen' is defined in this file or in the "
				+ "files loaded with it."), run.outLines(), run::toString);
	}

	@Test
	void unknownSdgAndWarningsAreReportedWithLineAndColumn() throws IOException {
		Files.writeString(dir.resolve("plan.plan"), """
				plan p "P" {
				  indicator i1 "Indikator" {
				    target in 2024 value 1
				    sdg 8.42
				  }
				}
				""");

		CliRun run = CliRun.run(dir, "validate", "plan.plan");

		assertEquals(1, run.exitCode(), run::toString);
		List<String> lines = run.outLines();
		assertEquals(2, lines.size(), run::toString);
		assertTrue(lines.get(0).startsWith("plan.plan:2:13: warning: Indicator 'i1' has no baseline"), run::toString);
		assertTrue(lines.get(1).startsWith("plan.plan:4:9: error: SDG target 8.42 does not exist in the catalogue."),
				run::toString);
		assertEquals(List.of("validate: 1 file, 1 error, 1 warning"), run.errLines(), run::toString);
	}

	@Test
	void aSyntaxErrorExitsOneWithItsPosition() throws IOException {
		Files.writeString(dir.resolve("broken.plan"), "plan p \"P\" {\n  measure \"no id\"\n}\n");

		CliRun run = CliRun.run(dir, "validate", "broken.plan");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.outLines().get(0).startsWith("broken.plan:2:11: error: "), run::toString);
	}

	@Test
	void plainAndXmiFilesAreBothPlanFilesOfAFolder() throws IOException {
		Files.writeString(dir.resolve("a.plan"), "plan a \"A\" {\n}\n");
		org.veikart.cli.TestPlans.writePlan(dir.resolve("b.xmi"));

		CliRun run = CliRun.run(dir, "validate", ".");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(List.of("validate: 2 files, 0 errors, 0 warnings"), run.errLines(), run::toString);
	}

	@Test
	void theExamplesValidateWithoutErrors() {
		Path examples = Path.of(System.getProperty("veikart.root", "../..")).resolve("examples");
		CliRun run = CliRun.run(examples, "validate", ".");
		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.outLines().stream().noneMatch(line -> line.contains(": error: ")), run::toString);
	}
}
