package org.veikart.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.dsl.validation.PlanIssueCodes;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.sdg.Sdgs;

/**
 * Quick fixes as LSP code actions for the published diagnostics (unknown SDG number, redundant goal
 * tag, missing baseline): each edit is applied and the result re-validated; and formatting through
 * the server, including an empty file.
 */
class QuickFixAndFormattingTest {

	private static LspSession session;
	private static String uri;
	private static List<Diagnostic> diagnostics;

	@BeforeAll
	static void start() throws Exception {
		session = Fixtures.session();
		uri = session.open("tiltak.plan");
		diagnostics = session.awaitDiagnostics(uri, list -> list.size() == 3);
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void unknownSdgOffersTheClosestNumbersClosestFirst() throws Exception {
		Diagnostic unknown = diagnostic(PlanIssueCodes.UNKNOWN_SDG);
		List<CodeAction> actions = actions(unknown);
		List<String> closest = Sdgs.closestReferences("19", 3);
		assertTrue(!closest.isEmpty());
		assertEquals(closest.stream().map(number -> "Change to SDG " + number).toList(),
				actions.stream().map(CodeAction::getTitle).toList());
		String fixed = apply(actions.get(0));
		assertEquals(Fixtures.ACTION_PLAN.replace("sdg 19", "sdg " + closest.get(0)), fixed);
		assertEquals(CodeActionKind.QuickFix, actions.get(0).getKind());
	}

	@Test
	void redundantGoalTagIsRemovedWithItsLine() throws Exception {
		List<CodeAction> actions = actions(diagnostic(PlanIssueCodes.REDUNDANT_SDG_GOAL));
		assertEquals(List.of("Remove the redundant goal tag"), actions.stream().map(CodeAction::getTitle).toList());
		String fixed = apply(actions.get(0));
		assertEquals(Fixtures.ACTION_PLAN.replace("        sdg 8\n", ""), fixed);
		assertTrue(codes(fixed).stream().noneMatch(PlanIssueCodes.REDUNDANT_SDG_GOAL::equals), codes(fixed).toString());
	}

	@Test
	void missingBaselineInsertsASkeletonInTheIndicator() throws Exception {
		List<CodeAction> actions = actions(diagnostic(PlanIssueCodes.MISSING_BASELINE));
		assertEquals(List.of("Add a baseline skeleton"), actions.stream().map(CodeAction::getTitle).toList());
		String fixed = apply(actions.get(0));
		assertEquals(Fixtures.ACTION_PLAN.replace("    target in 2024 value 10\n",
				"    target in 2024 value 10\n    baseline in 2022 value 0 \"...\"\n"), fixed);
		assertTrue(codes(fixed).stream().noneMatch(PlanIssueCodes.MISSING_BASELINE::equals), codes(fixed).toString());
	}

	@Test
	void missingBaselineGivesAnIndicatorWithoutBracesABlock() throws Exception {
		String text = "plan p \"P\" {\n  indicator i1 \"Indikator\"\n}\n";
		String other = session.open("braceless.plan", text);
		Diagnostic missing = session.awaitDiagnostics(other, list -> !list.isEmpty()).stream()
				.filter(d -> PlanIssueCodes.MISSING_BASELINE.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		List<CodeAction> actions = actions(other, missing);
		String fixed = LspSession.apply(text, actions.get(0).getEdit().getChanges().get(other));
		assertEquals("plan p \"P\" {\n  indicator i1 \"Indikator\" {\n    baseline in "
				+ java.time.Year.now().getValue() + " value 0 \"...\"\n  }\n}\n", fixed);
	}

	@Test
	void formattingGivesTheFormattersLayoutAndIsIdempotent() throws Exception {
		String messy = "plan   rotete \"Rotete\"{ kind   strategy\n      main-goal m1 \"Mål\" {   sdg 8.2  \n text \"Tekst\" }   }";
		String messyUri = session.open("messy.plan", messy);
		String formatted = LspSession.apply(messy, format(messyUri));
		assertEquals(direct(org.veikart.dsl.PlanStandaloneSetup.doSetup(), messy), formatted, "runtime injector");
		assertEquals(direct(org.veikart.dsl.ide.server.PlanLanguages.ideInjector(), messy), formatted, "ide injector");
		assertTrue(formatted.startsWith("plan rotete \"Rotete\" {\n"), formatted);
		assertTrue(formatted.contains("\n    sdg 8.2\n    text \"Tekst\"\n"), formatted);
		String cleanUri = session.open("formatted.plan", formatted);
		assertEquals(List.of(), format(cleanUri));
	}

	/** @return the text formatted by the language's formatter directly, without the server */
	private static String direct(com.google.inject.Injector injector, String text) {
		// parsed with the same injector: the formatter knows the grammar elements of its own injector only
		XtextResource resource = (XtextResource) injector.getInstance(org.eclipse.xtext.resource.IResourceFactory.class)
				.createResource(URI.createURI("memory:/direct.plan"));
		injector.getInstance(XtextResourceSet.class).getResources().add(resource);
		try {
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		var regions = injector.getInstance(org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder.class)
				.forNodeModel(resource).create();
		var request = injector.getInstance(org.eclipse.xtext.formatting2.FormatterRequest.class);
		request.setTextRegionAccess(regions);
		var replacements = injector.getInstance(org.eclipse.xtext.formatting2.IFormatter2.class).format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	@Test
	void formattingAnEmptyFileGivesNoEditsAndNoError() throws Exception {
		assertEquals(List.of(), format(session.open("empty.plan", "")));
		assertEquals(List.of(), format(session.open("comment-only.plan", "// nothing yet\n")));
	}

	private static List<? extends TextEdit> format(String documentUri) throws Exception {
		return LspSession.get(session.server.getTextDocumentService().formatting(
				new DocumentFormattingParams(LspSession.document(documentUri), new FormattingOptions(2, true))));
	}

	private static Diagnostic diagnostic(String code) {
		return diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
	}

	private static List<CodeAction> actions(Diagnostic diagnostic) throws Exception {
		return actions(uri, diagnostic);
	}

	private static List<CodeAction> actions(String documentUri, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(LspSession.document(documentUri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = LspSession.get(
				session.server.getTextDocumentService().codeAction(params));
		return result.stream().map(Either::getRight).toList();
	}

	private static String apply(CodeAction action) {
		return LspSession.apply(Fixtures.ACTION_PLAN, action.getEdit().getChanges().get(uri));
	}

	/** @return the issue codes of the text, validated with the same workspace files */
	private static List<String> codes(String actionPlan) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet resourceSet = workspace.newResourceSet();
		XtextResource resource = workspace.parse(resourceSet, URI.createURI("memory:/fixed/tiltak.plan"), actionPlan);
		workspace.parse(resourceSet, URI.createURI("memory:/fixed/actors.plan"), Fixtures.ACTORS);
		workspace.parse(resourceSet, URI.createURI("memory:/fixed/strategi.plan"), Fixtures.STRATEGY);
		return workspace.validate(resource).stream().map(Issue::getCode).toList();
	}
}
