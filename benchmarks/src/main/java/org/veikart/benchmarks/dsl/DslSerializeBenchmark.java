package org.veikart.benchmarks.dsl;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;
import org.veikart.model.Plan;

/**
 * The language's serializer with Xtext's default cross-reference serializer (model to formatted
 * {@code .plan} text), on synthetic plans of 1k and 10k elements, for comparison with the language's
 * own binding ({@code org.veikart.dsl.serializer.IndexedCrossReferenceSerializer}, measured in
 * {@link DslBenchmark#serialize()}). Not at 100k: the default names every reference target by
 * scanning the local scope, which is quadratic; one operation would take minutes. The set-up checks
 * that both write exactly the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DslSerializeBenchmark {

    @Param({"1000", "10000"})
    public int elements;

    private Plan plan;

    @Setup(Level.Trial)
    public void setUp() {
        plan = PlanTexts.generateInResource(elements);
        if (!PlanTexts.serialize(plan).equals(PlanTexts.serializeWithXtextDefault(plan))) {
            throw new IllegalStateException("the indexed cross-reference serializer writes other text than the default");
        }
    }

    @Benchmark
    public String serializeWithXtextDefault() {
        return PlanTexts.serializeWithXtextDefault(plan);
    }
}
