package org.veikart.benchmarks.xmi;

import java.io.ByteArrayOutputStream;
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
import org.veikart.benchmarks.synthetic.SyntheticPlans;

/**
 * Time to save a synthetic plan of 1k/10k/100k elements as XMI: through the model service (checker
 * + atomic write with backup, to a temp file) and as a raw {@code resource.save} into memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class XmiSaveBenchmark {

    @Param({"1000", "10000", "100000"})
    public int elements;

    private Path dir;
    private Path file;
    private Resource resource;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("veikart-bench-save");
        file = dir.resolve("plan.xmi");
        resource = PlanFiles.wrap(SyntheticPlans.generate(elements, BenchmarkPlans.SEED), file);
        System.out.println("\nsave path: " + PlanFiles.serviceName());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        BenchmarkPlans.deleteRecursively(dir);
    }

    @Benchmark
    public Path saveService() throws IOException {
        PlanFiles.saveService(resource, file);
        return file;
    }

    @Benchmark
    public int saveRawToBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        PlanFiles.saveRaw(resource, out);
        return out.size();
    }
}
