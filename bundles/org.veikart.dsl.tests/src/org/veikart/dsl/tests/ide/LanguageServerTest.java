package org.veikart.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.veikart.dsl.validation.PlanIssueCodes;

/**
 * The language server over streams: initialize, then didOpen of a plan with an unknown SDG number
 * gives a published error diagnostic on exactly that number, with the "did you mean" message; the
 * diagnostics of the other workspace files show that their cross-file references resolve.
 */
class LanguageServerTest {

	@Test
	void initializeAnnouncesTheServicesAndDidOpenPublishesTheUnknownSdgWithItsRange() throws Exception {
		try (LspSession session = Fixtures.session()) {
			var capabilities = session.initialized.getCapabilities();
			assertNotNull(capabilities.getCompletionProvider());
			assertTrue(capabilities.getHoverProvider().getLeft());
			assertNotNull(capabilities.getSemanticTokensProvider());

			String text = """
					plan p "P" {
					  main-goal g1 "Mål" {
					    sdg 18.2
					  }
					}
					""";
			String uri = session.open("unknown-sdg.plan", text);
			List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, list -> !list.isEmpty());
			assertEquals(1, diagnostics.size(), diagnostics.toString());
			Diagnostic diagnostic = diagnostics.get(0);
			assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
			assertEquals(PlanIssueCodes.UNKNOWN_SDG, diagnostic.getCode().getLeft());
			assertEquals(new Range(new Position(2, 8), new Position(2, 12)), diagnostic.getRange());
			assertTrue(diagnostic.getMessage().getLeft().startsWith("SDG target 18.2 does not exist in the catalogue. Did you mean "),
					diagnostic.getMessage().getLeft());
		}
	}

	@Test
	void workspaceFilesAreIndexedTogetherSoCrossFileReferencesResolve() throws Exception {
		try (LspSession session = Fixtures.session()) {
			String uri = session.open("tiltak.plan");
			List<Diagnostic> diagnostics = session.awaitDiagnostics(uri, list -> !list.isEmpty());
			List<String> codes = diagnostics.stream().map(d -> d.getCode().getLeft()).sorted().toList();
			assertEquals(List.of(PlanIssueCodes.MISSING_BASELINE, PlanIssueCodes.REDUNDANT_SDG_GOAL, PlanIssueCodes.UNKNOWN_SDG),
					codes, diagnostics.toString());
			assertEquals(List.of(), session.awaitDiagnostics(session.uri("strategi.plan"), list -> true));
		}
	}
}
