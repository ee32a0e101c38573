package org.veikart.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

/** Diagnostics name files the way the user typed them, like compiler output. */
class DiagnosticLocatorTest {

    private static final Path CWD = Path.of("/home/ola/plans");
    private static final PlanFile CHECKED = new PlanFile(CWD.resolve("2022/strategi.xmi"), "2022/strategi.xmi",
            PlanFormats.standard().forFile(Path.of("x.xmi")).orElseThrow());
    private final DiagnosticLocator locator = new DiagnosticLocator(CWD);

    @Test
    void theCheckedFileGetsItsDisplayName() {
        assertEquals("2022/strategi.xmi:3:5: error: m", relocate("/home/ola/plans/2022/strategi.xmi"));
        assertEquals("2022/strategi.xmi:3:5: error: m", relocate("file:/home/ola/plans/2022/strategi.xmi"));
        assertEquals("2022/strategi.xmi:3:5: error: m", relocate(null));
    }

    @Test
    void otherFilesBelowTheWorkingDirectoryAreRelative() {
        assertEquals("2021/handlingsplan.xmi:3:5: error: m", relocate("/home/ola/plans/2021/handlingsplan.xmi"));
    }

    @Test
    void otherFilesElsewhereStayAbsolute() {
        assertEquals("/srv/shared/actors.xmi:3:5: error: m", relocate("file:/srv/shared/actors.xmi"));
    }

    private String relocate(String file) {
        return locator.relocate(new ModelDiagnostic(Severity.ERROR, "c", "m", file, 3, 5, null), CHECKED).format();
    }
}
