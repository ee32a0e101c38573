package org.veikart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.model.text.EditDistance;

/** Global behaviour of the command line: help, usage errors, unexpected failures, --debug. */
class VeikartCommandLineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "--help", "-h", "help" })
    void helpListsEveryCommandWithItsSummary(String option) {
        CliRun run = CliRun.run(dir, option);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        for (Command command : CommandRegistry.standard().all()) {
            assertTrue(run.outLines().stream().anyMatch(l -> l.matches("\\s+" + command.name() + "\\s+\\S.*")
                    && l.endsWith(command.summary())), () -> command.name() + " missing in\n" + run);
        }
        assertTrue(run.out().contains("validate"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = { "--help", "-h" })
    void commandHelpPrintsItsUsage(String option) {
        CliRun run = CliRun.run(dir, "validate", option);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("usage: veikart validate PATH..."), run::toString);
        assertTrue(run.out().contains("file:line:col"), run::toString);
    }

    @Test
    void helpCommandDescribesAnotherCommand() {
        CliRun run = CliRun.run(dir, "help", "validate");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("usage: veikart validate"), run::toString);
    }

    @Test
    void noArgumentsExitTwoWithUsageOnStderr() {
        CliRun run = CliRun.run(dir);

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().contains("usage: veikart"), run::toString);
        assertTrue(run.err().contains("validate"), run::toString);
    }

    @Test
    void unknownCommandExitsTwoNamingIt() {
        CliRun run = CliRun.run(dir, "frobnicate", "x");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("veikart: unknown command 'frobnicate' (see 'veikart --help')"), run.errLines());
    }

    @Test
    void misspelledCommandGetsASuggestion() {
        CliRun run = CliRun.run(dir, "valdate", "x");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("veikart: unknown command 'valdate' (did you mean 'validate'?)"), run.errLines());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("validate", "validate"));
        assertEquals(1, EditDistance.between("valdate", "validate"));
        assertEquals(2, EditDistance.between("vlaidate", "validate"));
        assertEquals(4, EditDistance.between("", "help"));
    }

    @Test
    void unknownGlobalOptionExitsTwo() {
        CliRun run = CliRun.run(dir, "--frobnicate");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown option '--frobnicate'"), run::toString);
    }

    @Test
    void unknownCommandForHelpExitsTwo() {
        CliRun run = CliRun.run(dir, "help", "frobnicate");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown command 'frobnicate'"), run::toString);
    }

    @Test
    void unexpectedExceptionIsOneLineWithoutDebug() {
        CliRun run = CliRun.run(dir, registryWithFailingCommand(), "boom", "x");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("veikart: internal error: java.lang.IllegalStateException: kaboom"
                + " (run with --debug for details)"), run.errLines());
    }

    @Test
    void debugShowsTheStackTraceAndIsAcceptedAnywhere() {
        CliRun run = CliRun.run(dir, registryWithFailingCommand(), "boom", "x", "--debug");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("\tat " + FailingCommand.class.getName()), run::toString);
    }

    @Test
    void debugIsNotPassedToTheCommand() throws IOException {
        TestPlans.writePlan(dir.resolve("plan.xmi"));

        CliRun run = CliRun.run(dir, "--debug", "validate", "--debug", "plan.xmi");

        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void commandsHaveDistinctNamesAndUsageStartingWithTheirName() {
        for (Command command : CommandRegistry.standard().all()) {
            assertTrue(command.usage().startsWith("usage: veikart " + command.name()), command.name());
            assertFalse(command.summary().contains("\n"), command.name());
        }
    }

    private static CommandRegistry registryWithFailingCommand() {
        CommandRegistry registry = CommandRegistry.standard();
        registry.add(new FailingCommand());
        return registry;
    }

    /** Stands for a bug in a command. */
    private static final class FailingCommand implements Command {
        @Override
        public String name() {
            return "boom";
        }

        @Override
        public String summary() {
            return "Always fails";
        }

        @Override
        public String usage() {
            return "usage: veikart boom";
        }

        @Override
        public int run(List<String> args, CommandContext context) {
            throw new IllegalStateException("kaboom");
        }
    }
}
