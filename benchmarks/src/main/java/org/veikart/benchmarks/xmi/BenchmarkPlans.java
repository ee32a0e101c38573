package org.veikart.benchmarks.xmi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.veikart.benchmarks.synthetic.SyntheticPlans;

/** Shared set-up of the benchmarks: the seed, plan files in a temporary folder, clean-up. */
final class BenchmarkPlans {

    /** One seed for all benchmarks, so every run measures the same plans. */
    static final long SEED = 20220622L;

    private BenchmarkPlans() {
    }

    /** Generates a plan of {@code elements} elements and writes it as XMI to {@code file}. */
    static Path writePlan(int elements, Path file) throws IOException {
        Resource resource = PlanFiles.wrap(SyntheticPlans.generate(elements, SEED), file);
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanFiles.saveRaw(resource, out);
        }
        return file;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
