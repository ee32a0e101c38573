package org.veikart.benchmarks.xmi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load a synthetic plan of 1k/10k/100k elements from an XMI file into a fresh resource
 * set: through the model service (hardened load) and with a plain XMIResourceImpl.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class XmiLoadBenchmark {

    @Param({"1000", "10000", "100000"})
    public int elements;

    private Path dir;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("veikart-bench-load");
        file = BenchmarkPlans.writePlan(elements, dir.resolve("plan.xmi"));
        System.out.println("\nload path: " + PlanFiles.serviceName() + ", file " + Files.size(file) / 1024 + " KiB");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        BenchmarkPlans.deleteRecursively(dir);
    }

    @Benchmark
    public Resource loadService() throws IOException {
        return PlanFiles.loadService(file);
    }

    @Benchmark
    public Resource loadPlain() throws IOException {
        return PlanFiles.loadPlain(file);
    }
}
