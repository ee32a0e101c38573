package org.veikart.cli.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CliRun;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;
import org.veikart.model.io.PlanResources;

/**
 * {@code veikart convert IN OUT} between {@code .plan} and XMI: both directions through the model,
 * the round trip .plan -> .xmi -> .plan gives an EMF-equal model, and every failure leaves no output
 * file.
 */
class ConvertCommandTest {

	/** Every element has an id, so that the conversion adds none and the round trip is exact. */
	static final String PLAN = """
			// Kommentar
			plan tiltak code "T-1" "Tiltaksplan for næringsliv" {
			  kind action-plan
			  period 2022 to 2024 "2022-2024"
			  owner kommunen
			  concretises strategien { id rel-1 }
			  main-goal m1 "Mål" {
			    sdg 8.2
			    sdg contributes-to 9
			    measured-by i1
			  }
			  focus-area a1 code "1." "Område" {
			    strategy s1 code "Strategi A" "Strategi" {
			      measure t1 "Tiltak" {
			        responsible kommunen
			        scheduled in 2022 2023
			        status planned
			      }
			    }
			  }
			  indicator i1 "Indikator" {
			    unit "prosent"
			    baseline b1 in 2021 value 12.5
			    target t-2024 in 2024 value 20
			  }
			}
			""";
	static final String ACTORS = "actors felles \"Felles\" {\n  actor kommunen \"Kommunen\" { kind municipality }\n}\n";
	static final String STRATEGY = "plan strategien \"Strategien\" {\n}\n";

	@TempDir
	Path dir;

	@Test
	void planToXmiToPlanGivesAnEqualModel() throws IOException {
		Path source = Files.createDirectories(dir.resolve("src"));
		writeWorkspace(source);
		Files.createDirectories(dir.resolve("back"));

		CliRun toXmi = CliRun.run(dir, "convert", "src/tiltak.plan", "tiltak.xmi");
		assertEquals(0, toXmi.exitCode(), toXmi::toString);
		CliRun toPlan = CliRun.run(dir, "convert", "tiltak.xmi", "back/tiltak.plan");
		assertEquals(0, toPlan.exitCode(), toPlan::toString);

		String text = Files.readString(dir.resolve("back/tiltak.plan"), StandardCharsets.UTF_8);
		assertTrue(text.contains("  owner kommunen\n"), text);
		assertTrue(text.contains("    sdg 8.2\n"), text);
		// the converted plan refers to the actors and the strategy by id; give it the same neighbours
		Files.writeString(dir.resolve("back/actors.plan"), ACTORS);
		Files.writeString(dir.resolve("back/strategien.plan"), STRATEGY);
		assertTrue(EcoreUtil.equals(parse(source.resolve("tiltak.plan")), parse(dir.resolve("back/tiltak.plan"))),
				() -> "models differ; converted text:\n" + text);
	}

	@Test
	void xmiHoldsTheSameModelAndReferencesTheCatalogueAndTheActorsFile() throws IOException {
		writeWorkspace();

		CliRun run = CliRun.run(dir, "convert", "tiltak.plan", "tiltak.xmi");

		assertEquals(0, run.exitCode(), run::toString);
		String xmi = Files.readString(dir.resolve("tiltak.xmi"), StandardCharsets.UTF_8);
		assertTrue(xmi.contains("veikart:/sdg/2020#sdg-8.2"), xmi);
		assertTrue(xmi.contains("actors.plan#kommunen"), xmi);
		XtextResourceSet resourceSet = PlanWorkspace.create().newResourceSet();
		Resource loaded = PlanResources.load(resourceSet, dir.resolve("tiltak.xmi"));
		Plan plan = (Plan) loaded.getContents().get(0);
		assertEquals("kommunen", plan.getOwner().getId());
		assertTrue(EcoreUtil.equals(parse(dir.resolve("tiltak.plan")), plan));
	}

	@Test
	void aConvertedXmiValidatesByItselfThroughItsPlanReferences() throws IOException {
		writeWorkspace();
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("actors.plan"), ACTORS);
		Files.writeString(out.resolve("strategien.plan"), STRATEGY);
		assertEquals(0, CliRun.run(dir, "convert", "tiltak.plan", "out/tiltak.xmi").exitCode());

		// only the XMI is named: actors.plan and strategien.plan load on demand, as plan text
		CliRun run = CliRun.run(dir, "validate", "out/tiltak.xmi");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out(), run::toString);
	}

	@Test
	void anXmiReferringToAnHttpUriIsRejectedWithItsPositionAndNothingIsFetched() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String remote = "http://127.0.0.1:" + server.getLocalPort() + "/plans/other.xmi#goal-remote01";
			Files.writeString(dir.resolve("remote.xmi"), """
					<?xml version="1.0" encoding="UTF-8"?>
					<veikart:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
					xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
					xmlns:veikart="http://veikart.org/plan/1.0" id="plan-remote01" title="Fjern">
					  <focusAreas id="area-remote01" code="A" title="Område">
					    <contributesTo xsi:type="veikart:Goal" href="%s"/>
					  </focusAreas>
					</veikart:Plan>
					""".formatted(remote));

			// a fetch would connect and then wait for an answer that never comes: fail instead of hanging
			CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> CliRun.run(dir, "convert", "remote.xmi", "remote.plan"));

			assertEquals(1, run.exitCode(), run::toString);
			assertTrue(Pattern.compile("remote\\.xmi:3:\\d+: error: .*'" + Pattern.quote(remote) + "', which cannot be resolved")
					.matcher(run.err()).find(), run::toString);
			assertFalse(Files.exists(dir.resolve("remote.plan")));
			server.setSoTimeout(200);
			assertThrows(SocketTimeoutException.class, server::accept, "convert connected to the referenced server");
		}
	}

	@Test
	void elementsWithoutIdGetOneInTheXmi() throws IOException {
		Files.writeString(dir.resolve("p.plan"), "plan p \"P\" {\n  concretises \"Et dokument\"\n}\n");

		CliRun run = CliRun.run(dir, "convert", "p.plan", "p.xmi");

		assertEquals(0, run.exitCode(), run::toString);
		Plan plan = (Plan) PlanResources.load(PlanResources.newResourceSet(), dir.resolve("p.xmi")).getContents().get(0);
		assertFalse(plan.getRelations().get(0).getId() == null || plan.getRelations().get(0).getId().isBlank());
	}

	@Test
	void parseErrorsExitOneListTheErrorsAndWriteNothing() throws IOException {
		Files.writeString(dir.resolve("broken.plan"), "plan p \"P\" {\n  measure \"no id\"\n}\n");

		CliRun run = CliRun.run(dir, "convert", "broken.plan", "broken.xmi");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("broken.plan:2:11: error: "), run::toString);
		assertTrue(run.err().contains("nothing written"), run::toString);
		assertFalse(Files.exists(dir.resolve("broken.xmi")));
	}

	@Test
	void unknownExtensionsExitTwo() throws IOException {
		Files.writeString(dir.resolve("p.plan"), "plan p \"P\" {\n}\n");

		CliRun run = CliRun.run(dir, "convert", "p.plan", "p.json");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("convert: p.json: unknown file type"), run::toString);
		assertFalse(Files.exists(dir.resolve("p.json")));
	}

	@Test
	void missingInputExitsTwo() {
		CliRun run = CliRun.run(dir, "convert", "missing.plan", "out.xmi");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("convert: missing.plan: no such file", run.errLines().get(0), run::toString);
		assertFalse(Files.exists(dir.resolve("out.xmi")));
	}

	@Test
	void missingOrUnwritableOutputFolderExitsTwo() throws IOException {
		Files.writeString(dir.resolve("p.plan"), "plan p \"P\" {\n}\n");

		CliRun missing = CliRun.run(dir, "convert", "p.plan", "nowhere/p.xmi");
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.errLines().get(0).startsWith("convert: nowhere/p.xmi: the folder "), missing::toString);

		assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
		Path locked = Files.createDirectory(dir.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		CliRun unwritable = CliRun.run(dir, "convert", "p.plan", "locked/p.xmi");
		assertEquals(2, unwritable.exitCode(), unwritable::toString);
		assertFalse(Files.exists(locked.resolve("p.xmi")));
	}

	@Test
	void wrongNumberOfPathsIsAUsageError() {
		CliRun run = CliRun.run(dir, "convert", "only.plan");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("convert: expected IN and OUT, got 1 path", run.errLines().get(0), run::toString);
	}

	private void writeWorkspace() throws IOException {
		writeWorkspace(dir);
	}

	private static void writeWorkspace(Path folder) throws IOException {
		Files.writeString(folder.resolve("tiltak.plan"), PLAN);
		Files.writeString(folder.resolve("actors.plan"), ACTORS);
		Files.writeString(folder.resolve("strategien.plan"), STRATEGY);
	}

	/** @return the plan of a .plan file, loaded with the .plan files of its folder, all references resolved */
	private static EObject parse(Path file) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet resourceSet = workspace.loadFolder(file.getParent());
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
		assertEquals(java.util.List.of(), workspace.validate(resource).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList());
		return resource.getContents().get(0);
	}
}
