package org.veikart.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.veikart.dsl.tests.robustness.MutationCorpus.PlanFile;
import org.veikart.dsl.tests.robustness.Mutations.Mutant;

/**
 * Mutation smoke test over every example plan and every test plan (see {@link MutationCorpus}): each
 * file cut off after each line, without each token, with adjacent lines swapped and with random byte
 * edits (see {@link Mutations} for the caps and seeds). Every case is parsed, linked and validated
 * ({@link MutantChecker}): no exception anywhere (thrown or only logged by Xtext), every case with a
 * syntax error gets a diagnostic at line and column >= 1, and every diagnostic has a position. The
 * originals must also format without failure. One dynamic test per file and kind of mutation; a
 * failure lists the first failing cases by their description, from which each case can be rebuilt.
 */
class MutationSmokeTest {

	private static final int REPORTED_FAILURES = 5;
	private static final AtomicInteger CASES = new AtomicInteger();
	private static final AtomicInteger SYNTAX_ERROR_CASES = new AtomicInteger();
	private static LoggedErrors log;
	private static long started;

	@BeforeAll
	static void listenToXtextsLog() {
		log = LoggedErrors.install();
		started = System.nanoTime();
	}

	@AfterAll
	static void report() {
		log.uninstall();
		System.out.printf("Mutation smoke test: %d cases (%d with syntax errors) in %.1f s%n", CASES.get(),
				SYNTAX_ERROR_CASES.get(), (System.nanoTime() - started) / 1e9);
	}

	@Test
	void theCorpusHasTheTestPlansAndSharedActorsAndEveryOriginalParses() throws IOException {
		List<PlanFile> files = MutationCorpus.planFiles();
		// a wrong veikart.root would otherwise leave the examples out without a word
		Path examples = MutationCorpus.examples();
		assertTrue(Files.isDirectory(examples), "no examples folder at " + examples + " (check veikart.root)");
		List<Path> corpus = files.stream().map(file -> file.path().toAbsolutePath().normalize()).toList();
		List<Path> plans;
		try (Stream<Path> listed = Files.list(examples)) {
			plans = listed.filter(path -> path.getFileName().toString().endsWith(".plan"))
					.map(path -> path.toAbsolutePath().normalize()).toList();
		}
		assertFalse(plans.isEmpty(), "no .plan files in " + examples);
		for (Path plan : plans) {
			assertTrue(corpus.contains(plan), plan + " is not in the corpus " + corpus);
		}
		assertTrue(files.stream().anyMatch(file -> file.name().equals("lillestrom/handlingsplan-2022.plan")), "" + files);
		assertTrue(files.stream().anyMatch(file -> !file.sharedActors().isEmpty()), "some plan is parsed with shared actors");
		for (PlanFile file : files) {
			Mutant original = new Mutant("original", file.text().getBytes(StandardCharsets.UTF_8));
			MutantChecker.Outcome outcome = MutantChecker.check(file, original, log, true);
			assertFalse(outcome.syntaxErrors(), file.path() + " has syntax errors: mutants of it would prove little");
			assertTrue(outcome.problems().isEmpty(), file.path() + ": " + outcome.problems());
		}
	}

	@TestFactory
	Stream<DynamicTest> noMutantThrowsAndEveryBrokenOneGetsPositionedDiagnostics() {
		return mutantTests(false);
	}

	/**
	 * Formats every mutant that the language server would format. A clause that may appear once,
	 * written twice (two lines swapped can do that), leaves an object without container in the node
	 * model; such text gets a repeated-clause error and is not formatted.
	 */
	@TestFactory
	Stream<DynamicTest> formattingNeverFailsOnMutantsWithoutSyntaxErrors() {
		return mutantTests(true);
	}

	private static Stream<DynamicTest> mutantTests(boolean format) {
		List<DynamicTest> tests = new ArrayList<>();
		for (PlanFile file : MutationCorpus.planFiles()) {
			XtextResource parsed = MutationCorpus.WORKSPACE.parse(MutationCorpus.WORKSPACE.newResourceSet(), file.uri(),
					file.text());
			tests.add(test(file, "truncated", Mutations.truncations(file.text()), format));
			tests.add(test(file, "token dropped", Mutations.tokenDrops(file.text(), parsed), format));
			tests.add(test(file, "lines swapped", Mutations.lineSwaps(file.text()), format));
			tests.add(test(file, "byte edits", Mutations.byteEdits(file.text(), file.path().getFileName().toString()), format));
		}
		return tests.stream();
	}

	private static DynamicTest test(PlanFile file, String kind, List<Mutant> mutants, boolean format) {
		return DynamicTest.dynamicTest(file.name() + ", " + kind + " (" + mutants.size() + " cases)",
				() -> run(file, mutants, format));
	}

	private static void run(PlanFile file, List<Mutant> mutants, boolean format) {
		List<String> failures = new ArrayList<>();
		for (Mutant mutant : mutants) {
			MutantChecker.Outcome outcome = MutantChecker.check(file, mutant, log, format);
			CASES.incrementAndGet();
			if (outcome.syntaxErrors()) {
				SYNTAX_ERROR_CASES.incrementAndGet();
			}
			if (!outcome.problems().isEmpty()) {
				failures.add(file.path() + ", " + mutant.description() + ":\n  " + String.join("\n  ", outcome.problems()));
			}
		}
		if (!failures.isEmpty()) {
			fail(failures.size() + " of " + mutants.size() + " cases failed; the first ones:\n"
					+ String.join("\n", failures.subList(0, Math.min(REPORTED_FAILURES, failures.size()))));
		}
	}
}
