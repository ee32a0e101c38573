package org.veikart.cli.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CliRun;
import org.veikart.cli.TestPlans;

/** {@code veikart diagram}: outputs per plan and representation, formats, representation files, exit codes. */
class DiagramCommandTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize()
            .resolve("examples");

    @TempDir
    Path dir;

    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".bak")).toList());
        }
    }

    @Test
    void rendersEveryRepresentationOfEveryExamplePlan() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(dir, "diagram", "--out", out.toString(), EXAMPLES.toString());
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> expected = new TreeSet<>();
        for (String plan : List.of("drammen-omstillingsdyktig-naeringsliv", "lillestrom-handlingsplan", "lillestrom-strategi",
                "sorum-naeringsstrategi")) {
            for (String representation : List.of("tree", "sdg", "indicators", "timeline")) {
                expected.add(plan + "-" + representation + ".svg");
            }
        }
        assertEquals(expected, names(out));
        assertEquals(16, run.outLines().size(), run.toString());
        String tree = Files.readString(out.resolve("lillestrom-handlingsplan-tree.svg"), StandardCharsets.UTF_8);
        assertTrue(tree.startsWith("<?xml") && tree.contains("data-element-id=\"hp-hm-6\""), tree.substring(0, 200));
        assertTrue(run.err().contains("16 diagrams written"), run.toString());
        String indicators = Files.readString(out.resolve("lillestrom-strategi-indicators.svg"), StandardCharsets.UTF_8);
        assertTrue(indicators.contains("data-element-id=\"st-ind-verdiskaping\" data-mapping=\"indicator\" data-severity=\"warning\""),
                "the language's warning (no target) is a marker on the indicator");
    }

    @Test
    void rendersOneRepresentationAsPng() throws Exception {
        Path plan = TestPlans.writePlan(dir.resolve("plans/p.xmi"));
        CliRun run = CliRun.run(dir, "diagram", "--representation", "tree", "--format=png", "-o", "pngs", plan.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("pngs"))) {
            files.forEach(written::add);
        }
        assertEquals(1, written.size());
        assertTrue(written.get(0).getFileName().toString().endsWith("-tree.png"));
        byte[] png = Files.readAllBytes(written.get(0));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void theRepresentationFileBesideThePlanIsUsed() throws Exception {
        Path plan = TestPlans.writePlan(dir.resolve("p.xmi"));
        String planId = Files.readString(plan).replaceAll("(?s).*?<veikart:Plan[^>]*? id=\"([^\"]+)\".*", "$1");
        Files.writeString(dir.resolve("p.xmi.diagrams.json"), """
                {"format": "veikart-diagrams", "version": 1,
                 "representations": {"tree": {"elements": {"%s": {"collapsed": true}, "gone-1": {"x": 1, "y": 2}}}}}
                """.formatted(planId));
        CliRun run = CliRun.run(dir, "diagram", "-r", "tree", "--out", "o", plan.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("gone-1"), "stale entry reported: " + run);
        String svg = Files.readString(dir.resolve("o").resolve(planId + "-tree.svg"));
        assertEquals(1, svg.split("data-element-id=").length - 1, "the collapsed plan hides its two goals");
        assertTrue(svg.contains(">+2<"), "badge");
    }

    @Test
    void aCorruptRepresentationFileIsAnErrorButTheDiagramIsWritten() throws Exception {
        Path plan = TestPlans.writePlan(dir.resolve("p.xmi"));
        Path state = dir.resolve("p.xmi.diagrams.json");
        Files.writeString(state, "{\n  \"format\": \"veikart-diagrams\",\n  oops\n}");
        CliRun run = CliRun.run(dir, "diagram", "-r", "sdg", "--out", "o", plan.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(state + ":3:"), run.toString());
        assertEquals(1, names(dir.resolve("o")).size());
    }

    @Test
    void planErrorsGiveExitOneAndMarkers() throws Exception {
        Path plan = TestPlans.writePlanWithDuplicateIds(dir.resolve("dup.xmi"));
        CliRun run = CliRun.run(dir, "diagram", "-r", "tree", "--out", "o", plan.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error"), run.toString());
    }

    @Test
    void usageProblemsExitWithTwo() throws Exception {
        Path plan = TestPlans.writePlan(dir.resolve("p.xmi"));
        List<List<String>> cases = List.of(
                List.of("diagram", plan.toString()),
                List.of("diagram", "--out", "o"),
                List.of("diagram", "--representation", "mindmap", "--out", "o", plan.toString()),
                List.of("diagram", "--format", "gif", "--out", "o", plan.toString()),
                List.of("diagram", "--bogus", "x", "--out", "o", plan.toString()),
                List.of("diagram", "--out", "o", dir.resolve("missing.plan").toString()),
                List.of("diagram", "--out", plan.toString(), plan.toString()));
        for (List<String> args : cases) {
            CliRun run = CliRun.run(dir, args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + "\n" + run);
            assertTrue(run.err().startsWith("diagram: ") || run.err().contains("\ndiagram: "), run.toString());
        }
    }

    @Test
    void helpNamesTheRepresentations() {
        CliRun run = CliRun.run(dir, "diagram", "--help");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("tree, sdg, indicators, timeline"), run.toString());
    }

    /** Copies one example plan (and the actor registry it refers to) into {@code folder}. */
    private static Path example(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Files.copy(EXAMPLES.resolve("actors.plan"), folder.resolve("actors.plan"));
        return Files.copy(EXAMPLES.resolve(name + ".plan"), folder.resolve(name + ".plan"));
    }

    @Test
    void aHugePinnedCoordinateIsIgnoredWithAWarningAtItsPlace() throws Exception {
        Path plan = example(dir.resolve("x"), "sorum-naeringsstrategi");
        Path state = dir.resolve("x/sorum-naeringsstrategi.plan.diagrams.json");
        Files.writeString(state, "{\"format\":\"veikart-diagrams\",\"version\":1,\"representations\":{\"tree\":\n"
                + "{\"elements\":{\"sorum-hm-1\":{\"x\":1e12,\"y\":-1e12,\"pinned\":true}}}}}");
        for (String format : List.of("png", "svg")) {
            CliRun run = CliRun.run(dir, "diagram", "-r", "tree", "--format", format, "--out", "x/o-" + format, plan.toString());
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.err().contains(state + ":2:32: warning") && run.err().contains("out of range"), run.toString());
            assertEquals(Set.of("sorum-naeringsstrategi-tree." + format), names(dir.resolve("x/o-" + format)));
        }
        String svg = Files.readString(dir.resolve("x/o-svg/sorum-naeringsstrategi-tree.svg"));
        double width = Double.parseDouble(svg.replaceAll("(?s).*?<svg[^>]*? width=\"([0-9.]+)\".*", "$1"));
        assertTrue(width < 20_000, "no far-off node stretches the page: " + width);
    }

    @Test
    void aPngTooLargeToReadIsAClearErrorAndLeavesNoFolder() throws Exception {
        Path plan = example(dir.resolve("x"), "sorum-naeringsstrategi");
        Files.writeString(dir.resolve("x/sorum-naeringsstrategi.plan.diagrams.json"), """
                {"format":"veikart-diagrams","version":1,"representations":{"tree":
                {"elements":{"sorum-hm-1":{"x":90000,"y":90000,"pinned":true}}}}}""");
        CliRun run = CliRun.run(dir, "diagram", "-r", "tree", "--format", "png", "--out", "x/o", plan.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("too large for a PNG") && run.err().contains("--format svg"), run.toString());
        assertTrue(!run.err().contains("Exception"), run.toString());
        assertTrue(!Files.exists(dir.resolve("x/o")), "no empty output folder");
    }

    @Test
    void settingsWithoutEffectAreWarnedAboutAtTheirPlace() throws Exception {
        Path plan = example(dir.resolve("x"), "sorum-naeringsstrategi");
        Path state = dir.resolve("x/sorum-naeringsstrategi.plan.diagrams.json");
        Files.writeString(state, String.join("\n", "{\"format\":\"veikart-diagrams\",\"version\":1,\"representations\":{",
                "\"tree\":{\"layers\":{\"sdgs\":true,\"sdg\":true},",
                "  \"filters\":{\"hide-everything\":\"\",\"focus-area\":\"finnes-ikke\"},",
                "  \"elements\":{\"gone-1\":{\"x\":1,\"y\":2}}},",
                "\"nope\":{}}}"));
        CliRun run = CliRun.run(dir, "diagram", "-r", "tree", "--out", "x/o", plan.toString());
        assertEquals(0, run.exitCode(), run.toString());
        String err = run.err();
        assertTrue(err.contains(state + ":2:19: warning") && err.contains("unknown layer 'sdgs'")
                && err.contains("layers: contributions, indicators, sdg, actors"), err);
        assertTrue(!err.contains("unknown layer 'sdg'"), err);
        assertTrue(err.contains(state + ":3:14: warning") && err.contains("unknown filter 'hide-everything'")
                && err.contains("filters: hide-completed, focus-area"), err);
        assertTrue(err.contains(state + ":3:35: warning") && err.contains("'finnes-ikke', which is not a focus area"), err);
        assertTrue(err.contains(state + ":4:15: warning") && err.contains("gone-1"), "stale id at its line: " + err);
        assertTrue(err.contains(state + ":5:1: warning") && err.contains("unknown representation 'nope'")
                && err.contains("tree, sdg, indicators, timeline"), err);
    }

    @Test
    void aFailedRunLeavesNoOutputFolder() throws Exception {
        Files.writeString(dir.resolve("empty.plan"), "");
        for (String input : List.of("missing.plan", "empty.plan")) {
            CliRun run = CliRun.run(dir, "diagram", "--out", "o-" + input, dir.resolve(input).toString());
            assertTrue(run.exitCode() != 0, run.toString());
            assertTrue(!Files.exists(dir.resolve("o-" + input)), input + " left a folder: " + run);
        }
    }
}
