package org.veikart.dsl.tests.robustness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.ExceptionDiagnostic;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.veikart.dsl.formatting2.FormattingPreconditions;
import org.veikart.dsl.validation.PlanIssueCodes;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.tests.robustness.MutationCorpus.PlanFile;
import org.veikart.dsl.tests.robustness.Mutations.Mutant;

import com.google.inject.Injector;

/**
 * Runs one mutant through what the language server and the command line do with a file: parse (next
 * to the file's shared actors), link (resolve all), validate, and on request format if still valid.
 * Returns what went wrong instead of throwing, so that a run reports every failing case at once: an
 * exception (thrown, logged by Xtext, or turned into an {@link ExceptionDiagnostic}), a syntax error
 * without any diagnostic at line/column >= 1, a diagnostic without a position, or a formatter failure
 * on a mutant that is still valid text.
 */
final class MutantChecker {

	private static final Injector INJECTOR = PlanStandaloneSetup.doSetup();

	/** What one case gave: whether it had syntax errors, and the problems found (none if it passed). */
	record Outcome(boolean syntaxErrors, List<String> problems) {
	}

	private MutantChecker() {
	}

	/**
	 * @param format whether to format the mutant too if it has no syntax errors (see
	 *               {@link #checkFormatting})
	 */
	static Outcome check(PlanFile file, Mutant mutant, LoggedErrors log, boolean format) {
		List<String> problems = new ArrayList<>();
		boolean syntaxErrors = false;
		try {
			XtextResource resource = parse(file, mutant.bytes());
			EcoreUtil.resolveAll(resource);
			List<Issue> issues = MutationCorpus.WORKSPACE.validate(resource);
			syntaxErrors = resource.getParseResult().hasSyntaxErrors();
			checkDiagnostics(resource, issues, syntaxErrors, problems);
			if (format) {
				checkFormatting(resource, issues, syntaxErrors, problems);
			}
		} catch (Exception | StackOverflowError e) {
			problems.add("exception: " + stackTrace(e));
		}
		log.drain().forEach(error -> problems.add("logged error: " + error));
		return new Outcome(syntaxErrors, problems);
	}

	private static XtextResource parse(PlanFile file, byte[] bytes) throws IOException {
		XtextResourceSet resourceSet = MutationCorpus.WORKSPACE.newResourceSet();
		for (PlanFile actors : file.sharedActors()) {
			MutationCorpus.WORKSPACE.parse(resourceSet, actors.uri(), actors.text());
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(file.uri());
		resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}

	private static void checkDiagnostics(XtextResource resource, List<Issue> issues, boolean syntaxErrors,
			List<String> problems) {
		for (Diagnostic diagnostic : resource.getErrors()) {
			if (diagnostic instanceof ExceptionDiagnostic exception) {
				problems.add("exception as diagnostic: " + stackTrace(exception.getException()));
			}
		}
		for (Issue issue : issues) {
			if (!positioned(issue)) {
				problems.add("diagnostic without position: " + issue);
			}
		}
		if (syntaxErrors && issues.stream().noneMatch(MutantChecker::positioned)) {
			problems.add("syntax errors but no diagnostic with a position; issues: " + issues);
		}
	}

	private static boolean positioned(Issue issue) {
		return issue.getLineNumber() != null && issue.getLineNumber() >= 1 && issue.getColumn() != null
				&& issue.getColumn() >= 1 && issue.getOffset() != null && issue.getOffset() >= 0;
	}

	/**
	 * Mutants that {@link FormattingPreconditions#canFormat} accepts are formatted, which must not fail.
	 * Text it refuses (syntax errors, or objects left without a container) is not formatted, as the
	 * language server does; without syntax errors such text must carry a repeated-clause error saying why.
	 */
	private static void checkFormatting(XtextResource resource, List<Issue> issues, boolean syntaxErrors,
			List<String> problems) {
		if (!FormattingPreconditions.canFormat(resource)) {
			if (!syntaxErrors && !resource.getContents().isEmpty()
					&& issues.stream().noneMatch(issue -> PlanIssueCodes.REPEATED_CLAUSE.equals(issue.getCode()))) {
				problems.add("text without syntax errors cannot be formatted, and no repeated-clause error says why");
			}
			return;
		}
		ITextRegionAccess regions = INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setExceptionHandler(ExceptionAcceptor.THROWING); // the default handler only logs
		String formatted = regions.getRewriter().renderToString(INJECTOR.getInstance(IFormatter2.class).format(request));
		if (formatted.isBlank()) {
			problems.add("the formatter produced no text");
		}
	}

	private static String stackTrace(Throwable e) {
		StringWriter text = new StringWriter();
		e.printStackTrace(new PrintWriter(text));
		String trace = text.toString();
		return trace.length() <= 3000 ? trace : trace.substring(0, 3000) + "...";
	}
}
