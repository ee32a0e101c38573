package org.veikart.benchmarks.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.veikart.benchmarks.synthetic.SyntheticPlans;
import org.veikart.generator.html.HtmlReport;
import org.veikart.generator.html.ReportFigureSource;
import org.veikart.generator.json.JsonExporter;
import org.veikart.model.Plan;

/**
 * JSON export and HTML report of a synthetic plan of 10k/100k elements, and in the same run plain
 * Jackson writing an equivalent tree: the exporter's own output read back into maps and lists
 * ({@link PlainJacksonTree}), written with the same indentation, so both produce the same bytes and
 * the difference is the cost of walking the EMF model reflectively.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GeneratorBenchmark {

    /** The seed of the other benchmarks, so all measure the same plans. */
    static final long SEED = 20220622L;

    @Param({"10000", "100000"})
    public int elements;

    private Plan plan;
    private PlainJacksonTree plain;

    @Setup
    public void setUp() throws IOException {
        plan = SyntheticPlans.generate(elements, SEED);
        plain = PlainJacksonTree.of(new JsonExporter().toJson(plan));
        byte[] ours = jsonExport().toByteArray();
        byte[] theirs = plain.write();
        if (!java.util.Arrays.equals(ours, theirs)) {
            throw new IllegalStateException("the plain Jackson tree does not write the same JSON");
        }
        System.out.println("\nJSON " + elements + " elements: " + ours.length / 1024 + " KiB");
    }

    @Benchmark
    public ByteArrayOutputStream jsonExport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        new JsonExporter().write(plan, out);
        return out;
    }

    @Benchmark
    public byte[] plainJackson() throws IOException {
        return plain.write();
    }

    @Benchmark
    public Map<String, byte[]> htmlReport() {
        return new HtmlReport(ReportFigureSource.NONE).render(List.of(plan));
    }
}
