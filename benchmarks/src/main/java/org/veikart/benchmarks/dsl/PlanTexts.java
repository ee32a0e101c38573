package org.veikart.benchmarks.dsl;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.tokens.CrossReferenceSerializer;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.validation.Issue;
import org.veikart.benchmarks.synthetic.SdgStubs;
import org.veikart.benchmarks.synthetic.SyntheticPlans;
import org.veikart.dsl.PlanRuntimeModule;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;
import org.veikart.model.SdgReference;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The plan language outside OSGi, for the DSL benchmarks: the language's injector
 * ({@link PlanStandaloneSetup#doSetup()}), synthetic plans in a serializable resource, the
 * serializer as bound and with Xtext's default cross-reference serializer (formatted, as a conversion
 * to {@code .plan} writes), parsing into a fresh resource set with the real SDG catalogue, linking
 * and validation as {@link PlanWorkspace} does them.
 */
final class PlanTexts {

    /** Same seed as the XMI benchmarks, so all benchmarks measure the same plans. */
    static final long SEED = 20220622L;
    static final URI TEXT_URI = URI.createURI("memory:/synthetic.plan");

    private static final Injector INJECTOR = PlanStandaloneSetup.doSetup();
    private static final PlanWorkspace WORKSPACE = PlanWorkspace.create(INJECTOR);

    /**
     * The language's services with one binding changed back to Xtext's default: {@link CrossReferenceSerializer}
     * (the language binds {@code org.veikart.dsl.serializer.IndexedCrossReferenceSerializer}).
     * Parsing and validation always use {@link #INJECTOR}; resources of either injector are the same.
     */
    private static final Injector XTEXT_DEFAULT = Guice.createInjector(Modules.override(new PlanRuntimeModule())
            .with(binder -> binder.bind(ICrossReferenceSerializer.class).to(CrossReferenceSerializer.class)));

    private PlanTexts() {
    }

    /**
     * Generates a synthetic plan and puts it into an Xtext resource (without node model) of a set
     * that holds the generator's stub SDG catalogue: the SDG scope then names the stubs by number
     * ("sdg 8.2"), and the text parses against the real catalogue, which has the same numbers.
     */
    static Plan generateInResource(int elements) {
        Plan plan = SyntheticPlans.generate(elements, SEED);
        XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
        // the generator's own stub catalogue, whose objects the plan references (a new one if it references none)
        resourceSet.getResources().add(stubCatalogueOf(plan));
        Resource resource = resourceSet.createResource(URI.createURI("memory:/synthetic-model.plan"));
        resource.getContents().add(plan);
        return plan;
    }

    private static Resource stubCatalogueOf(Plan plan) {
        for (Iterator<EObject> contents = plan.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof SdgReference reference && (reference.getGoal() != null || reference.getTarget() != null)) {
                EObject sdg = reference.getGoal() != null ? reference.getGoal() : reference.getTarget();
                return sdg.eResource();
            }
        }
        return SdgStubs.install(new ResourceSetImpl());
    }

    /** @return the plan as formatted {@code .plan} text, by the language's serializer as it is bound */
    static String serialize(Plan plan) {
        return INJECTOR.getInstance(ISerializer.class).serialize(plan, SaveOptions.newBuilder().format().getOptions());
    }

    /** @return the same text as {@link #serialize(Plan)}, naming reference targets by Xtext's scan of the scope */
    static String serializeWithXtextDefault(Plan plan) {
        return XTEXT_DEFAULT.getInstance(ISerializer.class).serialize(plan, SaveOptions.newBuilder().format().getOptions());
    }

    /** Parses the text into a new resource set with the real SDG catalogue; references stay lazy proxies. */
    static XtextResource parse(String text) {
        return WORKSPACE.parse(WORKSPACE.newResourceSet(), TEXT_URI, text);
    }

    /** Resolves every cross-reference of the resource (SDG catalogue, ids in the plan). */
    static XtextResource link(XtextResource resource) {
        EcoreUtil.resolveAll(resource);
        return resource;
    }

    /** @return syntax, linking and validation issues, as the command line and the language server get them */
    static List<Issue> validate(XtextResource resource) {
        return WORKSPACE.validate(resource);
    }

    /**
     * Parses, links and validates the text once and checks that it is a usable benchmark input:
     * no syntax errors (else the serializer and parser disagree and the figures mean nothing).
     *
     * @return a one-line summary (size, issue counts by severity)
     * @throws IllegalStateException naming the first syntax error
     */
    static String check(String text) {
        XtextResource resource = link(parse(text));
        if (resource.getParseResult().hasSyntaxErrors()) {
            var error = resource.getParseResult().getSyntaxErrors().iterator().next();
            throw new IllegalStateException("serialized plan does not parse: line " + error.getStartLine() + ": "
                    + error.getSyntaxErrorMessage().getMessage());
        }
        List<Issue> issues = validate(resource);
        long errors = issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).count();
        long warnings = issues.stream().filter(issue -> issue.getSeverity() == Severity.WARNING).count();
        String firstError = issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).findFirst()
                .map(issue -> "; first error line " + issue.getLineNumber() + ": " + issue.getMessage()).orElse("");
        return String.format("%,d chars, %,d lines, %d errors, %d warnings, %d other issues%s", text.length(),
                text.lines().count(), errors, warnings, issues.size() - errors - warnings, firstError);
    }
}
