package org.veikart.benchmarks.diagram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
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
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.diagram.description.DescriptionRegistry;
import org.veikart.diagram.description.RepresentationDescription;
import org.veikart.diagram.descriptions.PlanTreeDescription;
import org.veikart.diagram.layout.ElkSetup;
import org.veikart.diagram.layout.LayeredLayout;
import org.veikart.diagram.layout.MrTreeLayout;
import org.veikart.diagram.model.Diagram;
import org.veikart.model.Plan;

/**
 * The diagram pipeline against bare ELK on the same graph, for plan trees of about 100, 500 and
 * 2000 nodes (synthetic plans, {@link DiagramPlans}):
 * <ul>
 * <li>{@code pipelineTree}: {@link Diagrams#renderSvg} of the {@code tree} representation (mapping,
 * label wrapping with font metrics, Mr. Tree layout, connectors, SVG text); the model checker is
 * left out (empty diagnostics given), it is not part of drawing;</li>
 * <li>{@code pipelineTreeLayered}: the same description with {@link LayeredLayout} (as the sdg and
 * indicator maps use it) instead of Mr. Tree;</li>
 * <li>{@code bareMrTree} / {@code bareLayered}: building the ELK graph of the same nodes (sizes from
 * the pipeline) and tree edges, and laying it out with the same options.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
public class DiagramBenchmark {

    @Param({"100", "500", "2000"})
    public int nodes;

    private Plan plan;
    private Diagrams diagrams;
    private SvgOptions options;
    private BareElkGraph graph;
    private MrTreeLayout mrTree;
    private LayeredLayout layered;

    @Setup
    public void setUp() {
        plan = DiagramPlans.withTreeNodes(nodes);
        RepresentationDescription tree = PlanTreeDescription.create();
        layered = new LayeredLayout(Direction.RIGHT, EdgeRouting.ORTHOGONAL, 10, 48, LayeredLayout.Placement.BRANDES_KOEPF);
        mrTree = (MrTreeLayout) tree.layout();
        DescriptionRegistry registry = DescriptionRegistry.standard();
        registry.register(new RepresentationDescription("tree-layered", tree.title(), layered, tree.nodeMappings(),
                tree.containerMappings(), tree.edgeMappings(), tree.layers(), tree.filters(), tree.tools()));
        diagrams = new Diagrams(registry);
        options = SvgOptions.defaults().withDiagnostics(List.of());
        Diagram diagram = diagrams.layout(plan, "tree", null, Map.of());
        graph = new BareElkGraph(diagram);
        ElkSetup.ensure();
        System.out.println("\nplan tree: " + graph.nodeCount() + " nodes, SVG "
                + diagrams.renderSvg(plan, "tree", options).length() / 1024 + " KiB");
    }

    @Benchmark
    public String pipelineTree() {
        return diagrams.renderSvg(plan, "tree", options);
    }

    @Benchmark
    public String pipelineTreeLayered() {
        return diagrams.renderSvg(plan, "tree-layered", options);
    }

    @Benchmark
    public ElkNode bareMrTree() {
        ElkNode root = graph.build();
        mrTree.configure(root);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return root;
    }

    @Benchmark
    public ElkNode bareLayered() {
        ElkNode root = graph.build();
        layered.configure(root, graph.nodeCount() <= LayeredLayout.MODEL_ORDER_LIMIT);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return root;
    }
}
