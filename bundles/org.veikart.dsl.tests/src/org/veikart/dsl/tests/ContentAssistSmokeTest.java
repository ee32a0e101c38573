package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.veikart.dsl.ide.PlanIdeSetup;
import org.veikart.dsl.workspace.PlanWorkspace;

import com.google.inject.Injector;

/**
 * The generated IDE bundle works with the language core: its injector starts, and content assist
 * (the IDE-neutral API the language server uses) proposes keywords, ids in scope and SDG numbers from
 * the catalogue. The full IDE test suite is part of the IDE work of issue 3.
 */
class ContentAssistSmokeTest {

	private static final Injector IDE = init();
	private static final ExecutorService POOL = Executors.newCachedThreadPool();

	private static Injector init() {
		PlanTesting.INJECTOR.getClass(); // registers the metamodel and the .plan resource factory
		return new PlanIdeSetup().createInjector();
	}

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	@Test
	void proposesClauseKeywordsInsideAPlan() {
		List<String> proposals = proposals("plan p \"P\" {\n  |\n}");
		assertTrue(proposals.containsAll(List.of("kind", "owner", "period", "focus-area", "main-goal", "sdg", "duplicate")), proposals.toString());
	}

	@Test
	void proposesActorsInScopeForOwner() {
		List<String> proposals = proposals("plan p \"P\" {\n  actor kommunen \"Kommunen\"\n  owner |\n}");
		assertTrue(proposals.contains("kommunen"), proposals.toString());
	}

	@Test
	void proposesSdgNumbersFromTheCatalogueAndRelationKinds() {
		List<String> proposals = proposals("plan p \"P\" {\n  sdg |\n}");
		assertTrue(proposals.containsAll(List.of("1", "8", "17", "8.2", "8.a", "anchored-in")), proposals.toString());
		// Xtext returns at most 100 proposals; a prefix narrows them
		assertEquals(List.of("unspecified"), proposals("plan p \"P\" {\n  sdg un|\n}"));
		assertEquals(List.of("8.1", "8.10", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.a", "8.b"),
				proposals("plan p \"P\" {\n  sdg 8.|\n}"));
	}

	private static List<String> proposals(String textWithCursor) {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.replace("|", "");
		XtextResourceSet resourceSet = PlanWorkspace.create(IDE).newResourceSet();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("plan", IDE.getInstance(IResourceFactory.class));
		XtextResource resource = PlanWorkspace.create(IDE).parse(resourceSet, URI.createURI("memory:/assist.plan"), text);
		ContentAssistContextFactory factory = IDE.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(0, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = IDE.getInstance(IdeContentProposalAcceptor.class);
		IDE.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<String> result = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			result.add(entry.getProposal());
		}
		return result;
	}
}
