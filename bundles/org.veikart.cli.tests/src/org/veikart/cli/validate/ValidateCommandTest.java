package org.veikart.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CliRun;
import org.veikart.cli.TestPlans;

/** {@code veikart validate} on real files in a temporary folder, run in-process. */
class ValidateCommandTest {

    /** file:line:col: severity: message, as compilers print it. */
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): (.+)$");

    @TempDir
    Path dir;

    @Test
    void cleanFileExitsZeroAndPrintsNoDiagnostics() throws IOException {
        TestPlans.writePlan(dir.resolve("plan.xmi"));

        CliRun run = CliRun.run(dir, "validate", "plan.xmi");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of(), run.outLines(), run::toString);
        assertEquals(List.of("validate: 1 file, 0 errors, 0 warnings"), run.errLines(), run::toString);
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        TestPlans.writePlan(dir.resolve("untitled.xmi"), " ");

        CliRun run = CliRun.run(dir, "validate", "untitled.xmi");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        Matcher line = matchDiagnostic(run.outLines().get(0));
        assertEquals("untitled.xmi", line.group(1));
        assertEquals("warning", line.group(4));
        assertEquals(List.of("validate: 1 file, 0 errors, 1 warning"), run.errLines(), run::toString);
    }

    @Test
    void duplicateIdsExitOneWithAnErrorLineNamingTheFileAsGiven() throws IOException {
        TestPlans.writePlanWithDuplicateIds(dir.resolve("sub/dup.xmi"));

        CliRun run = CliRun.run(dir, "validate", "sub/dup.xmi");

        assertEquals(1, run.exitCode(), run::toString);
        List<String> errors = run.outLines().stream().filter(l -> l.matches("^.+:\\d+:\\d+: error: .+$")).toList();
        assertEquals(1, errors.size(), run::toString);
        Matcher error = matchDiagnostic(errors.get(0));
        assertEquals("sub/dup.xmi", error.group(1), "relative path stays as typed");
        assertTrue(Integer.parseInt(error.group(2)) > 1, "points at the second goal, not the file start: " + error.group());
        assertTrue(error.group(5).contains("goal-"), "names the id: " + error.group());
        assertTrue(run.err().contains("1 error"), run::toString);
    }

    @Test
    void absolutePathsAreShownAbsolute() throws IOException {
        Path file = TestPlans.writePlanWithDuplicateIds(dir.resolve("dup.xmi"));

        CliRun run = CliRun.run(dir.resolve("elsewhere"), "validate", file.toString());

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(file.toString(), matchDiagnostic(run.outLines().get(0)).group(1));
    }

    @Test
    void truncatedXmiExitsOneWithFileLineAndColumn() throws IOException {
        TestPlans.writeTruncatedPlan(dir.resolve("broken.xmi"));

        CliRun run = CliRun.run(dir, "validate", "broken.xmi");

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        Matcher error = matchDiagnostic(run.outLines().get(0));
        assertEquals("broken.xmi", error.group(1));
        assertEquals("error", error.group(4));
        assertTrue(Integer.parseInt(error.group(2)) > 0 && Integer.parseInt(error.group(3)) > 0,
                "a real position: " + error.group());
        assertTrue(run.errLines().contains("validate: 1 file, 1 error, 0 warnings"), run::toString);
    }

    @Test
    void brokenFileDoesNotStopTheOthers() throws IOException {
        TestPlans.writeTruncatedPlan(dir.resolve("a-broken.xmi"));
        TestPlans.writePlan(dir.resolve("b-fine.xmi"), "");

        CliRun run = CliRun.run(dir, "validate", ".");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.outLines().get(0).startsWith("a-broken.xmi:"), run::toString);
        assertTrue(run.outLines().get(1).startsWith("b-fine.xmi:"), run::toString);
        assertTrue(run.errLines().contains("validate: 2 files, 1 error, 1 warning"), run::toString);
    }

    @Test
    void danglingSdgReferenceIsAnErrorWhileCatalogueReferencesResolve() throws IOException {
        // the valid plans reference veikart:/sdg/2020#sdg-8.2, so they only pass with the catalogue installed
        TestPlans.writePlan(dir.resolve("good.xmi"));
        TestPlans.replace(TestPlans.writePlan(dir.resolve("bad.xmi")), "#sdg-8.2", "#sdg-8.99");

        CliRun run = CliRun.run(dir, "validate", "good.xmi", "bad.xmi");

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        Matcher error = matchDiagnostic(run.outLines().get(0));
        assertEquals("bad.xmi", error.group(1));
        assertTrue(error.group(5).contains("sdg-8.99"), error.group());
    }

    @Test
    void missingPathExitsTwoNamingThePath() throws IOException {
        TestPlans.writePlan(dir.resolve("plan.xmi"));

        CliRun run = CliRun.run(dir, "validate", "plan.xmi", "no/such-plan.xmi");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out(), "nothing is checked when a path is wrong");
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("no/such-plan.xmi"), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void unreadableFileExitsTwoNamingIt() throws IOException {
        Path file = TestPlans.writePlan(dir.resolve("secret.xmi"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");

        CliRun run = CliRun.run(dir, "validate", "secret.xmi");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("validate: secret.xmi: cannot read the file (permission denied)"), run.errLines());
    }

    @Test
    void unreadableFolderExitsTwoNamingIt() throws IOException {
        TestPlans.writePlan(dir.resolve("plans/locked/plan.xmi"));
        Path locked = dir.resolve("plans/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");

            CliRun run = CliRun.run(dir, "validate", "plans");

            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("validate: cannot read folder plans: permission denied"), run::toString);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------")); // let @TempDir clean up
        }
    }

    @Test
    void emptyPathExitsTwo() {
        CliRun run = CliRun.run(dir, "validate", "");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("validate: an empty PATH was given"), run::toString);
    }

    @Test
    void noPathExitsTwoWithUsage() {
        CliRun run = CliRun.run(dir, "validate");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no PATH"), run::toString);
        assertTrue(run.err().contains("usage: veikart validate PATH..."), run::toString);
    }

    @Test
    void unknownOptionExitsTwo() throws IOException {
        TestPlans.writePlan(dir.resolve("plan.xmi"));

        CliRun run = CliRun.run(dir, "validate", "--strict", "plan.xmi");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown option '--strict'"), run::toString);
    }

    @Test
    void doubleDashEndsOptions() throws IOException {
        TestPlans.writePlan(dir.resolve("-odd.xmi"));

        CliRun run = CliRun.run(dir, "validate", "--", "-odd.xmi");

        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void fileOfUnknownFormatExitsTwo() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a plan");

        CliRun run = CliRun.run(dir, "validate", "notes.txt");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("notes.txt") && run.err().contains("*.xmi"), run::toString);
    }

    @Test
    void folderWalkFindsNestedPlansSortedAndIgnoresOtherFiles() throws IOException {
        Path plans = dir.resolve("plans");
        TestPlans.writePlan(plans.resolve("b/deeper/two.xmi"), "");
        TestPlans.writePlan(plans.resolve("a/one.XMI"), "");
        TestPlans.writePlan(plans.resolve("top.xmi"));
        Files.writeString(plans.resolve("a/readme.txt"), "ignored");
        Files.writeString(plans.resolve("b/plan.xmi.bak"), "ignored");
        TestPlans.writeTruncatedPlan(plans.resolve(".git/hidden.xmi")); // hidden folders are skipped

        CliRun run = CliRun.run(dir, "validate", "plans/");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> files = run.outLines().stream().map(l -> matchDiagnostic(l).group(1)).toList();
        assertEquals(List.of("plans/a/one.XMI", "plans/b/deeper/two.xmi"), files, run::toString);
        assertEquals(List.of("validate: 3 files, 0 errors, 2 warnings"), run.errLines(), run::toString);
    }

    @Test
    void fileNamedTwiceIsCheckedOnce() throws IOException {
        TestPlans.writePlan(dir.resolve("p/plan.xmi"), "");

        CliRun run = CliRun.run(dir, "validate", "p/plan.xmi", "p");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().size(), run::toString);
        assertTrue(run.err().contains("validate: 1 file,"), run::toString);
    }

    @Test
    void folderWithoutPlanFilesExitsTwo() throws IOException {
        Files.createDirectories(dir.resolve("empty/sub"));
        Files.writeString(dir.resolve("empty/sub/notes.txt"), "no plans here");

        CliRun run = CliRun.run(dir, "validate", "empty");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("empty") && run.err().contains("no plan files"), run::toString);
    }

    @Test
    void manyFilesReportProgressOnStderrOnly() throws IOException {
        for (int i = 0; i < Progress.THRESHOLD + 1; i++) {
            TestPlans.writePlan(dir.resolve("many/plan-%02d.xmi".formatted(i)));
        }

        CliRun many = CliRun.run(dir, "validate", "many");
        Files.delete(dir.resolve("many/plan-00.xmi"));
        CliRun threshold = CliRun.run(dir, "validate", "many");

        assertEquals(0, many.exitCode(), many::toString);
        assertEquals("", many.out());
        assertEquals(List.of("validate: 20 of 21 files checked", "validate: 21 files, 0 errors, 0 warnings"),
                many.errLines());
        assertEquals(List.of("validate: 20 files, 0 errors, 0 warnings"), threshold.errLines());
    }

    private static Matcher matchDiagnostic(String line) {
        Matcher matcher = DIAGNOSTIC.matcher(line);
        assertTrue(matcher.matches(), "not file:line:col: severity: message: " + line);
        return matcher;
    }

    private static void assertNoStackTrace(CliRun run) {
        assertTrue(!run.err().contains("\tat ") && !run.err().contains("Exception"), run::toString);
    }
}
