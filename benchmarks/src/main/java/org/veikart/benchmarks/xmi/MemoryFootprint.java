package org.veikart.benchmarks.xmi;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Retained heap of a loaded plan: for 1k/10k/100k elements (or the sizes given as arguments),
 * writes the synthetic plan to a temp file, then in several rounds measures the used heap after
 * full GCs before and after loading it (model service path, then plain XMI) while the resource is
 * still reachable. Prints the medians in MB and bytes per element. Run it in its own JVM with a fixed heap
 * and the serial collector (as the build does) so the figures are steady.
 */
public final class MemoryFootprint {

    private static final int ROUNDS = 5;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("veikart-memory");
        try {
            System.out.println("Retained heap of a loaded plan (service = " + PlanFiles.serviceName()
                    + ", plain = bare XMIResourceImpl; median of " + ROUNDS + " rounds; JVM " + Runtime.version()
                    + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
            System.out.println(String.format(Locale.ROOT, "%10s %10s %12s %10s %12s %10s", "elements", "file KiB",
                    "service MB", "B/element", "plain MB", "B/element"));
            for (int size : sizes) {
                Path file = BenchmarkPlans.writePlan(size, dir.resolve("plan-" + size + ".xmi"));
                long service = medianRetained(file, true);
                long plain = medianRetained(file, false);
                System.out.println(String.format(Locale.ROOT, "%10d %10d %12.1f %10d %12.1f %10d", size,
                        Files.size(file) / 1024, service / 1e6, service / size, plain / 1e6, plain / size));
            }
        } finally {
            BenchmarkPlans.deleteRecursively(dir);
        }
    }

    private static long medianRetained(Path file, boolean service) throws IOException {
        load(file, service); // warm-up: class loading and EMF's lazy package init are not plan data
        long[] rounds = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            rounds[i] = retainedByOneLoad(file, service);
        }
        Arrays.sort(rounds);
        return rounds[ROUNDS / 2];
    }

    /**
     * One measurement in its own frame: a resource held in a loop variable would still be reachable
     * (from the frame slot) during the next round's "before" reading and halve every other round.
     */
    private static long retainedByOneLoad(Path file, boolean service) throws IOException {
        long before = usedAfterGc();
        Resource resource = load(file, service);
        long after = usedAfterGc();
        Reference.reachabilityFence(resource);
        return after - before;
    }

    private static Resource load(Path file, boolean service) throws IOException {
        return service ? PlanFiles.loadService(file) : PlanFiles.loadPlain(file);
    }

    /**
     * Used heap once full GCs stop freeing anything: some garbage (the previous plan) takes more
     * than three collections to go, which made every other round read about zero.
     */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (i >= 2 && now >= used) {
                return now;
            }
            used = Math.min(used, now);
        }
        return used;
    }
}
