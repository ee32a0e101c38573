package org.veikart.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.veikart.dsl.ide.formatting.SafeFormattingService;
import org.veikart.dsl.ide.highlighting.PlanHighlighting;
import org.veikart.dsl.ide.hover.PlanDocumentation;
import org.veikart.dsl.ide.navigation.IdLocations;
import org.veikart.dsl.ide.navigation.IdRenameService;
import org.veikart.dsl.ide.navigation.IdRenameStrategy;
import org.veikart.dsl.ide.outline.PlanSymbolDetails;
import org.veikart.dsl.ide.outline.PlanSymbolKinds;
import org.veikart.dsl.ide.outline.PlanSymbolNames;
import org.veikart.dsl.ide.quickfix.PlanCodeActions;
import org.veikart.dsl.ide.server.OwnLanguageRegistry;

import com.google.inject.Binder;

/**
 * Guice bindings of the plan language's IDE services (used by the language server and by any other
 * IDE-neutral client): hover texts, outline, semantic tokens, quick fixes, navigation and rename by
 * the model's {@code id}, and a formatter entry that tolerates empty files.
 */
public class PlanIdeModule extends AbstractPlanIdeModule {

	/**
	 * The IDE services find the services of other plan files in this injector, never in EMF's global
	 * registry (this module is mixed in after the runtime module, so this binding wins).
	 */
	public void configureOwnLanguageRegistry(Binder binder) {
		binder.bind(IResourceServiceProvider.Registry.class).toProvider(OwnLanguageRegistry.class);
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return PlanDocumentation.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PlanHighlighting.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return PlanCodeActions.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return SafeFormattingService.class;
	}

	public Class<? extends ILocationInFileProvider> bindILocationInFileProvider() {
		return IdLocations.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return IdRenameService.class;
	}

	@Override
	public Class<? extends IRenameStrategy2> bindIRenameStrategy2() {
		return IdRenameStrategy.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return PlanSymbolNames.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return PlanSymbolKinds.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return PlanSymbolDetails.class;
	}
}
