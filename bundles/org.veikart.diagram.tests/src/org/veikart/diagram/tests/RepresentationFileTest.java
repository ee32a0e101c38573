package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.diagram.state.ElementState;
import org.veikart.diagram.state.RepresentationFile;
import org.veikart.diagram.state.RepresentationFileReader;
import org.veikart.diagram.state.RepresentationFileWriter;
import org.veikart.diagram.state.RepresentationFiles;
import org.veikart.diagram.state.RepresentationState;
import org.veikart.diagram.state.StaleEntries;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;
import org.veikart.model.io.AtomicFileWriter;

/** Save/load round trip, backup, stale entries dropped with a warning, corrupt files reported with a position. */
class RepresentationFileTest {

    @TempDir
    Path folder;

    private static RepresentationFile sample() {
        RepresentationFile file = new RepresentationFile();
        RepresentationState tree = file.state("tree");
        tree.layers().put("indicators", true);
        tree.filters().put("focus-area", "st-area-1");
        tree.elements().put("g-1", ElementState.pinnedAt(10.5, 20));
        tree.elements().put("fa-2", new ElementState(null, null, 300.0, 80.0, false, true));
        file.state("timeline").filters().put("hide-completed", "");
        return file;
    }

    @Test
    void saveAndLoadGiveTheSameState() throws Exception {
        Path plan = folder.resolve("plan.plan");
        Path path = RepresentationFile.beside(plan);
        assertEquals("plan.plan.diagrams.json", path.getFileName().toString());
        new RepresentationFileWriter().write(path, sample());
        RepresentationFileReader.Result loaded = new RepresentationFileReader().read(path);
        assertEquals(java.util.List.of(), loaded.diagnostics());
        RepresentationState tree = loaded.file().representations().get("tree");
        assertEquals(ElementState.pinnedAt(10.5, 20), tree.element("g-1"));
        assertEquals(new ElementState(null, null, 300.0, 80.0, false, true), tree.element("fa-2"));
        assertEquals(Boolean.TRUE, tree.layers().get("indicators"));
        assertEquals("st-area-1", tree.filters().get("focus-area"));
        assertEquals("", loaded.file().representations().get("timeline").filters().get("hide-completed"));
        assertTrue(!Files.exists(plan), "the plan file is never touched");
    }

    @Test
    void savingAgainKeepsABackup() throws Exception {
        Path path = folder.resolve("p.plan.diagrams.json");
        new RepresentationFileWriter().write(path, sample());
        String first = Files.readString(path);
        RepresentationFile changed = sample();
        changed.state("tree").elements().clear();
        new RepresentationFileWriter().write(path, changed);
        assertEquals(first, Files.readString(AtomicFileWriter.backupOf(path)));
    }

    @Test
    void staleEntriesAreDroppedWithAWarning() throws Exception {
        Path plan = folder.resolve("p.plan");
        new RepresentationFileWriter().write(RepresentationFile.beside(plan), sample());
        RepresentationFileReader.Result loaded = RepresentationFiles.loadBeside(plan, Set.of("g-1"));
        RepresentationState tree = loaded.file().representations().get("tree");
        assertEquals(Set.of("g-1"), tree.elements().keySet());
        assertEquals(1, loaded.diagnostics().size());
        ModelDiagnostic warning = loaded.diagnostics().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(StaleEntries.CODE_STALE, warning.code());
        assertTrue(warning.message().contains("fa-2"), warning.message());
    }

    @Test
    void malformedJsonIsAnErrorWithLineAndColumn() throws Exception {
        Path path = folder.resolve("bad.plan.diagrams.json");
        Files.writeString(path, "{\n  \"format\": \"veikart-diagrams\",\n  \"representations\": { \"tree\": { ,\n}", StandardCharsets.UTF_8);
        RepresentationFileReader.Result loaded = new RepresentationFileReader().read(path);
        assertTrue(loaded.file().representations().isEmpty(), "defaults");
        ModelDiagnostic error = loaded.diagnostics().get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(3, error.line(), error.format());
        assertTrue(error.column() > 20, error.format());
        assertTrue(error.format().startsWith(path + ":3:"), error.format());
    }

    @Test
    void wrongValueTypeIsAnErrorAtTheValue() throws Exception {
        Path path = folder.resolve("bad.plan.diagrams.json");
        Files.writeString(path, """
                {"format": "veikart-diagrams", "version": 1,
                 "representations": {"tree": {"elements": {
                    "g-1": {"x": "left", "y": 3}}}}}
                """, StandardCharsets.UTF_8);
        ModelDiagnostic error = new RepresentationFileReader().read(path).diagnostics().get(0);
        assertEquals(3, error.line(), error.format());
        assertEquals(18, error.column(), error.format());
        assertTrue(error.message().contains("\"x\" must be a number"), error.message());
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws Exception {
        Path path = folder.resolve("other.plan.diagrams.json");
        Files.writeString(path, "{\"name\": \"x\"}", StandardCharsets.UTF_8);
        ModelDiagnostic error = new RepresentationFileReader().read(path).diagnostics().get(0);
        assertTrue(error.message().contains("\"format\""), error.message());
    }

    @Test
    void aMissingFileIsEmptyWithoutDiagnostics() {
        RepresentationFileReader.Result loaded = new RepresentationFileReader().read(folder.resolve("none.json"));
        assertTrue(loaded.diagnostics().isEmpty());
        assertTrue(loaded.file().representations().isEmpty());
    }

    @Test
    void outOfRangeCoordinatesAndSizesDropOnlyTheirEntryWithAWarningAtTheValue() throws Exception {
        Path path = folder.resolve("far.plan.diagrams.json");
        Files.writeString(path, """
                {"format": "veikart-diagrams", "version": 1,
                 "representations": {"tree": {"elements": {
                    "g-1": {"x": 1e12, "y": -1e12, "pinned": true},
                    "g-2": {"x": 10, "y": 20, "width": 5e7},
                    "g-3": {"x": -100000, "y": 100000, "pinned": true}}}}}
                """, StandardCharsets.UTF_8);
        RepresentationFileReader.Result loaded = new RepresentationFileReader().read(path);
        RepresentationState tree = loaded.file().representations().get("tree");
        assertEquals(Set.of("g-3"), tree.elements().keySet(), "the edge of the range is still accepted");
        assertEquals(2, loaded.diagnostics().size(), loaded.diagnostics().toString());
        ModelDiagnostic far = loaded.diagnostics().get(0);
        assertEquals(Severity.WARNING, far.severity());
        assertEquals(RepresentationFileReader.CODE_IGNORED, far.code());
        assertTrue(far.format().startsWith(path + ":3:18: warning"), far.format());
        assertTrue(far.message().contains("g-1") && far.message().contains("out of range"), far.message());
        assertTrue(loaded.diagnostics().get(1).format().startsWith(path + ":4:40:"), loaded.diagnostics().get(1).format());
    }

    @Test
    void staleEntriesAreReportedAtTheirLine() throws Exception {
        Path plan = folder.resolve("p.plan");
        Files.writeString(RepresentationFile.beside(plan), """
                {"format": "veikart-diagrams", "version": 1,
                 "representations": {"tree": {"elements": {
                    "g-1": {"x": 1, "y": 2},
                    "gone": {"x": 1, "y": 2}}}}}
                """, StandardCharsets.UTF_8);
        ModelDiagnostic warning = RepresentationFiles.loadBeside(plan, Set.of("g-1")).diagnostics().get(0);
        assertTrue(warning.format().startsWith(RepresentationFile.beside(plan) + ":4:5: warning"), warning.format());
    }
}
