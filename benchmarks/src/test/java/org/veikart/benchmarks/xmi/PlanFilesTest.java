package org.veikart.benchmarks.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.benchmarks.synthetic.SdgStubs;
import org.veikart.benchmarks.synthetic.SyntheticPlans;
import org.veikart.model.Plan;
import org.veikart.model.SdgReference;

/** The paths the benchmarks measure really save and load the whole plan. */
class PlanFilesTest {

    @TempDir
    Path dir;

    @Test
    void serviceSaveThenBothLoadsGiveTheSamePlan() throws Exception {
        Path file = dir.resolve("plan.xmi");
        Plan original = SyntheticPlans.generate(3_000, 17);
        Resource resource = PlanFiles.wrap(original, file);
        PlanFiles.saveService(resource, file);
        assertTrue(Files.size(file) > 100_000);

        Resource viaService = PlanFiles.loadService(file);
        Resource plain = PlanFiles.loadPlain(file);
        assertEquals(3_000, SyntheticPlans.countElements(viaService.getContents().get(0)));
        assertTrue(EcoreUtil.equals(viaService.getContents().get(0), plain.getContents().get(0)));
        assertEquals(original.getId(), ((Plan) plain.getContents().get(0)).getId());

        // SDG references are hrefs into the catalogue URI and resolve against the installed stubs
        assertTrue(Files.readString(file).contains("href=\"veikart:/sdg/2020#sdg-"));
        SdgReference reference = null;
        for (var it = viaService.getAllContents(); it.hasNext() && reference == null;) {
            if (it.next() instanceof SdgReference candidate && candidate.getGoal() != null) {
                reference = candidate;
            }
        }
        assertFalse(reference.getGoal().eIsProxy());
        assertEquals(SdgStubs.CATALOGUE_URI, reference.getGoal().eResource().getURI());
    }
}
