package org.veikart.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Completion through the language server at several cursor positions ({@code |} marks the cursor):
 * clause keywords, actors of the shared actors file, SDG numbers from the catalogue, and indicators
 * (only indicators) after {@code measured-by}, from this plan and, qualified, from another plan.
 */
class ContentAssistTest {

	private static LspSession session;
	private static int documents;

	@BeforeAll
	static void start() throws Exception {
		session = Fixtures.session();
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void keywordsOfPlanClausesAtTheStartOfALine() throws Exception {
		Set<String> proposals = proposals("plan p \"P\" {\n  |\n}\n");
		assertTrue(proposals.containsAll(Set.of("kind", "owner", "period", "focus-area", "measure", "indicator", "sdg")),
				proposals.toString());
		assertFalse(proposals.contains("responsible"), "a measure clause is not a plan clause: " + proposals);
	}

	@Test
	void measureClauseKeywordsInsideAMeasure() throws Exception {
		Set<String> proposals = proposals("plan p \"P\" {\n  measure m1 \"Tiltak\" {\n    |\n  }\n}\n");
		assertTrue(proposals.containsAll(Set.of("responsible", "partners", "scheduled", "status", "priority")),
				proposals.toString());
	}

	@Test
	void actorsOfTheSharedActorsFileAfterResponsible() throws Exception {
		Set<String> proposals = proposals("plan p \"P\" {\n  measure m1 \"Tiltak\" {\n    responsible |\n  }\n}\n");
		assertTrue(proposals.containsAll(Set.of("kommunen", "universitetet")), proposals.toString());
		assertFalse(proposals.contains("m1"), "a measure is no actor: " + proposals);
	}

	@Test
	void sdgNumbersFromTheCatalogue() throws Exception {
		Set<String> proposals = proposals("plan p \"P\" {\n  main-goal g \"G\" {\n    sdg 8.|\n  }\n}\n");
		assertTrue(proposals.containsAll(Set.of("8.1", "8.2", "8.10", "8.a", "8.b")), proposals.toString());
		assertFalse(proposals.contains("7.1"), proposals.toString());
	}

	@Test
	void indicatorsInScopeAfterMeasuredBy() throws Exception {
		Set<String> proposals = proposals("""
				plan p "P" {
				  indicator i-local "Lokal"
				  measure m1 "Tiltak"
				  main-goal g "G" {
				    measured-by |
				  }
				}
				""");
		assertTrue(proposals.containsAll(Set.of("i-local", "strategien.s-ind")), proposals.toString());
		assertFalse(proposals.contains("m1"), "only indicators measure: " + proposals);
		assertFalse(proposals.contains("strategien.s-mal"), "only indicators measure: " + proposals);
	}

	/** @return the labels and inserted texts proposed at the cursor {@code |} */
	private static Set<String> proposals(String textWithCursor) throws Exception {
		String text = textWithCursor.replace("|", "");
		String uri = session.open("assist-" + (++documents) + ".plan", text);
		CompletionParams params = new CompletionParams(LspSession.document(uri),
				LspSession.positionOf(textWithCursor, "|", 0));
		var result = LspSession.get(session.server.getTextDocumentService().completion(params));
		Set<String> proposals = new LinkedHashSet<>();
		for (CompletionItem item : result.isLeft() ? result.getLeft() : result.getRight().getItems()) {
			proposals.add(item.getLabel());
			if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
				proposals.add(item.getTextEdit().getLeft().getNewText());
			}
		}
		return proposals;
	}
}
