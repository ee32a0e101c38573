package org.veikart.dsl.ide.outline;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.veikart.model.VeikartPackage;

/**
 * The LSP symbol kind (the icon an editor shows) of each kind of plan element. LSP has no plan
 * vocabulary; the mapping only needs to be stable and to tell the levels apart.
 */
public class PlanSymbolKinds extends DocumentSymbolKindProvider {

	private static final VeikartPackage P = VeikartPackage.eINSTANCE;

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == P.getPlan() || type == P.getActorRegistry()) {
			return SymbolKind.Module;
		}
		if (type == P.getGoal()) {
			return SymbolKind.Event;
		}
		if (type == P.getFocusArea()) {
			return SymbolKind.Namespace;
		}
		if (type == P.getStrategy()) {
			return SymbolKind.Class;
		}
		if (type == P.getMeasure()) {
			return SymbolKind.Method;
		}
		if (type == P.getIndicator()) {
			return SymbolKind.Number;
		}
		if (type == P.getActor()) {
			return SymbolKind.Object;
		}
		if (type == P.getSection()) {
			return SymbolKind.String;
		}
		return SymbolKind.Property;
	}
}
