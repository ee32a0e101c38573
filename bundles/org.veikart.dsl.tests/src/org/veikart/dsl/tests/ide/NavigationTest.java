package org.veikart.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;

/**
 * Go-to-definition and rename across the files of the workspace: an actor reference leads to the
 * actor's id in the actors file, {@code plan.element} to the element's id in the other plan; renaming
 * an id rewrites its declaration and the references in every file.
 */
class NavigationTest {

	@Test
	void definitionOfAnActorIsItsIdInTheActorsFile() throws Exception {
		try (LspSession session = Fixtures.session()) {
			String uri = session.open("tiltak.plan");
			Location location = definition(session, uri, LspSession.positionOf(Fixtures.ACTION_PLAN, "owner kommunen", 9));
			assertEquals(session.uri("actors.plan"), location.getUri());
			assertEquals(new Range(new Position(1, 8), new Position(1, 16)), location.getRange());
		}
	}

	@Test
	void definitionOfAnElementOfAnotherPlanIsInThatPlansFile() throws Exception {
		try (LspSession session = Fixtures.session()) {
			String uri = session.open("tiltak.plan");
			Location location = definition(session, uri, LspSession.positionOf(Fixtures.ACTION_PLAN, "strategien.s-mal", 13));
			assertEquals(session.uri("strategi.plan"), location.getUri());
			Position start = LspSession.positionOf(Fixtures.STRATEGY, "s-mal", 0);
			assertEquals(new Range(start, new Position(start.getLine(), start.getCharacter() + 5)), location.getRange());
		}
	}

	@Test
	void renamingAnIdUpdatesTheReferencesInOtherFiles() throws Exception {
		try (LspSession session = Fixtures.session()) {
			session.open("tiltak.plan");
			String strategy = session.open("strategi.plan");
			session.awaitDiagnostics(strategy, list -> true);
			RenameParams params = new RenameParams(LspSession.document(strategy),
					LspSession.positionOf(Fixtures.STRATEGY, "s-mal", 2), "s-hovedmal");
			WorkspaceEdit edit;
			try {
				edit = LspSession.get(session.server.getTextDocumentService().rename(params));
			} catch (java.util.concurrent.ExecutionException e) {
				throw new AssertionError("rename failed; server messages: " + session.messages, e);
			}
			Map<String, List<TextEdit>> changes = edit.getChanges();
			assertTrue(changes != null && changes.containsKey(strategy) && changes.containsKey(session.uri("tiltak.plan")),
					String.valueOf(edit));
			String renamedStrategy = LspSession.apply(Fixtures.STRATEGY, changes.get(strategy));
			String renamedActionPlan = LspSession.apply(Fixtures.ACTION_PLAN, changes.get(session.uri("tiltak.plan")));
			assertEquals(Fixtures.STRATEGY.replace("main-goal s-mal", "main-goal s-hovedmal"), renamedStrategy);
			assertEquals(Fixtures.ACTION_PLAN.replace("strategien.s-mal", "strategien.s-hovedmal"), renamedActionPlan);
		}
	}

	private static Location definition(LspSession session, String uri, Position position) throws Exception {
		var result = LspSession.get(session.server.getTextDocumentService()
				.definition(new DefinitionParams(LspSession.document(uri), position)));
		List<? extends Location> locations = result.getLeft();
		assertEquals(1, locations.size(), locations.toString());
		return locations.get(0);
	}
}
