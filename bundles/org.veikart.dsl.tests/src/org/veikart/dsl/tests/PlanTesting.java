package org.veikart.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.util.ExceptionAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * Test helper in place of Xtext's testing bundle (not in the target platform): parses plan text in
 * fresh resource sets through the language's own injector, and renders issues, serializations and
 * formatting results as plain strings for exact comparisons.
 */
final class PlanTesting {

	static final Injector INJECTOR = PlanStandaloneSetup.doSetup();
	static final PlanWorkspace WORKSPACE = PlanWorkspace.create(INJECTOR);
	/** Test files of this fragment; tycho-surefire runs with the module as working directory. */
	static final Path RESOURCES = Path.of("resources").toAbsolutePath();

	private static int counter;

	private PlanTesting() {
	}

	/** Parses the texts as files test-1.plan, test-2.plan, ... of one new resource set; returns the first. */
	static XtextResource parse(String text, String... otherFiles) {
		XtextResourceSet resourceSet = WORKSPACE.newResourceSet();
		XtextResource first = parseInto(resourceSet, text);
		for (String other : otherFiles) {
			parseInto(resourceSet, other);
		}
		return first;
	}

	static synchronized XtextResource parseInto(XtextResourceSet resourceSet, String text) {
		return WORKSPACE.parse(resourceSet, URI.createURI("memory:/test-" + (++counter) + ".plan"), text);
	}

	/** @return the issues of the resource as "SEVERITY code: message", in document order */
	static List<String> issues(XtextResource resource) {
		return WORKSPACE.validate(resource).stream().map(PlanTesting::describe).toList();
	}

	static String describe(Issue issue) {
		return issue.getSeverity() + " " + issue.getCode() + ": " + issue.getMessage();
	}

	/** @return the issues with line numbers, for failure messages */
	static String located(XtextResource resource) {
		StringBuilder text = new StringBuilder();
		for (Issue issue : WORKSPACE.validate(resource)) {
			text.append(issue.getLineNumber()).append(':').append(issue.getColumn()).append(' ')
					.append(describe(issue)).append('\n');
		}
		return text.toString();
	}

	/** Formats the resource's text with the language's formatter (as the language server does). */
	static String format(XtextResource resource) {
		ITextRegionAccess regions = INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		// the default handler only logs (and log4j has no appender here): make formatter failures fail the test
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = INJECTOR.getInstance(IFormatter2.class).format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	/** Serializes a model element to text, formatted. */
	static String serialize(EObject root) {
		return INJECTOR.getInstance(ISerializer.class).serialize(root, SaveOptions.newBuilder().format().getOptions());
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
