package org.veikart.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.sdg.Sdgs;

/**
 * What the editor shows about the text, through the language server: hovers (elements, actors, SDG
 * goals with Norwegian name and colour, SDG targets with their text), semantic tokens (keywords, ids,
 * codes, SDG numbers) and the outline (plan, areas, strategies, measures with their codes).
 */
class PresentationTest {

	private static LspSession session;
	private static String uri;
	private static final String TEXT = Fixtures.ACTION_PLAN;

	@BeforeAll
	static void start() throws Exception {
		session = Fixtures.session();
		uri = session.open("tiltak.plan");
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void hoverOnAnSdgGoalShowsItsNorwegianNameAndColour() throws Exception {
		String hover = hover(LspSession.positionOf(TEXT, "sdg 8\n", 4));
		SdgGoal goal = Sdgs.goal(8);
		assertTrue(hover.startsWith("**SDG 8: " + goal.getNameNb() + "**"), hover);
		assertTrue(hover.endsWith("Colour: " + goal.getColour()), hover);
		assertTrue(goal.getColour().startsWith("#"), goal.getColour());
	}

	@Test
	void hoverOnAnSdgTargetShowsItsTextAndGoal() throws Exception {
		String hover = hover(LspSession.positionOf(TEXT, "sdg 8.2", 5));
		SdgTarget target = Sdgs.target("8.2");
		String text = target.getTextNb() != null ? target.getTextNb() : target.getTextEn();
		assertEquals("**SDG target 8.2**\n\n" + text + "\n\nTarget of SDG 8: " + Sdgs.goal(8).getNameNb(), hover);
	}

	@Test
	void hoverOnReferencesAndDeclarationsShowsKindIdCodeAndTitle() throws Exception {
		assertEquals("**actor kommunen** (municipality)\n\nKommunen", hover(LspSession.positionOf(TEXT, "owner kommunen", 8)));
		assertEquals("**strategy str-a** — Strategi A\n\nInnovasjon", hover(LspSession.positionOf(TEXT, "str-a", 1)));
		assertEquals("**main-goal s-mal**\n\nHovedmål", hover(LspSession.positionOf(TEXT, "strategien.s-mal", 12)));
	}

	@Test
	void semanticTokensMarkKeywordsIdsCodesAndSdgNumbers() throws Exception {
		List<String> legend = session.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<Integer> data = LspSession.get(session.server.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(LspSession.document(uri)))).getData();
		List<String> tokens = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int start = LspSession.offset(TEXT, new Position(line, character));
			tokens.add(TEXT.substring(start, start + data.get(i + 2)) + "=" + legend.get(data.get(i + 3))
					+ (data.get(i + 4) != 0 ? "+" : ""));
		}
		assertEquals(List.of("plan=keyword", "tiltaksplanen=variable+", "period=keyword", "to=keyword", "owner=keyword",
				"kommunen=variable", "concretises=keyword", "strategien=variable", "focus-area=keyword", "omr-1=variable+",
				"code=keyword", "\"1.\"=property"), tokens.subList(0, 12));
		assertTrue(tokens.contains("strategien.s-mal=variable"), tokens.toString());
		assertTrue(tokens.contains("8=enumMember"), tokens.toString());
		assertTrue(tokens.contains("8.2=enumMember"), tokens.toString());
		assertTrue(tokens.contains("19=enumMember"), tokens.toString());
		assertTrue(tokens.contains("\"Strategi A\"=property"), tokens.toString());
	}

	@Test
	void outlineNestsPlanAreasStrategiesAndMeasuresWithTheirCodes() throws Exception {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = LspSession.get(session.server
				.getTextDocumentService().documentSymbol(new DocumentSymbolParams(LspSession.document(uri))));
		assertEquals(1, symbols.size(), symbols.toString());
		DocumentSymbol plan = symbols.get(0).getRight();
		assertEquals("Tiltaksplanen", plan.getName());
		assertEquals(SymbolKind.Module, plan.getKind());
		assertEquals(List.of("1. Næringsutvikling", "Antall bedrifter", "Effektmål"), names(plan.getChildren()));
		DocumentSymbol area = child(plan, "1. Næringsutvikling");
		assertEquals("focus area omr-1", area.getDetail());
		DocumentSymbol strategy = area.getChildren().get(0);
		assertEquals("Strategi A Innovasjon", strategy.getName());
		assertEquals(List.of("Tiltak én"), names(strategy.getChildren()));
		DocumentSymbol measure = strategy.getChildren().get(0);
		assertEquals(SymbolKind.Method, measure.getKind());
		assertEquals(List.of(), names(measure.getChildren()), "tags and references are no symbols");
		assertEquals("effect-goal e1", child(plan, "Effektmål").getDetail());
		assertEquals(SymbolKind.Number, child(plan, "Antall bedrifter").getKind());
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> names(List<DocumentSymbol> symbols) {
		// in document order, as editors show them
		return symbols == null ? List.of() : symbols.stream()
				.sorted(java.util.Comparator.comparingInt((DocumentSymbol s) -> s.getRange().getStart().getLine()))
				.map(DocumentSymbol::getName).toList();
	}

	private static String hover(Position position) throws Exception {
		var hover = LspSession.get(session.server.getTextDocumentService()
				.hover(new HoverParams(LspSession.document(uri), position)));
		assertNotNull(hover, "no hover at " + position);
		return hover.getContents().getRight().getValue();
	}
}
