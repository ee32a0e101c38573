package org.veikart.benchmarks.dsl;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
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
 * The plan language on synthetic plans of 1k/10k/100k elements, each step on its own: parse (text to
 * model with lazy-link proxies, fresh resource set with the SDG catalogue), link (resolve every
 * reference of a freshly parsed resource), validate (all checks of a freshly parsed and linked
 * resource), the three in a row, and serialization (model without node model to formatted text)
 * as the language binds it. Xtext's default cross-reference serializer, which the language replaced
 * because it is quadratic in the plan size, is measured up to 10k only, in {@link DslSerializeBenchmark}.
 * The text is produced once per trial, so parse and serialize see the same plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DslBenchmark {

    @Param({"1000", "10000", "100000"})
    public int elements;

    private Plan plan;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        plan = PlanTexts.generateInResource(elements);
        text = PlanTexts.serialize(plan);
        System.out.println("\n.plan text: " + PlanTexts.check(text));
    }

    /** A freshly parsed resource for each call of {@link DslBenchmark#link(Parsed)}. */
    @State(Scope.Thread)
    public static class Parsed {
        XtextResource resource;

        @Setup(Level.Invocation)
        public void parse(DslBenchmark benchmark) {
            resource = PlanTexts.parse(benchmark.text);
        }
    }

    /** A freshly parsed and linked resource for each call of {@link DslBenchmark#validate(Linked)}. */
    @State(Scope.Thread)
    public static class Linked {
        XtextResource resource;

        @Setup(Level.Invocation)
        public void parseAndLink(DslBenchmark benchmark) {
            resource = PlanTexts.link(PlanTexts.parse(benchmark.text));
        }
    }

    @Benchmark
    public XtextResource parse() {
        return PlanTexts.parse(text);
    }

    @Benchmark
    public XtextResource link(Parsed parsed) {
        return PlanTexts.link(parsed.resource);
    }

    @Benchmark
    public List<Issue> validate(Linked linked) {
        return PlanTexts.validate(linked.resource);
    }

    @Benchmark
    public List<Issue> parseLinkValidate() {
        return PlanTexts.validate(PlanTexts.link(PlanTexts.parse(text)));
    }

    @Benchmark
    public String serialize() {
        return PlanTexts.serialize(plan);
    }
}
