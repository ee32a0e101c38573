package org.veikart.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.veikart.dsl.ide.hover.KindWords;
import org.veikart.model.Identifiable;

/** The detail line of an outline entry: the element's kind and id, e.g. "main-goal hp-hm-1". */
public class PlanSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		String kind = KindWords.of(object);
		String id = object instanceof Identifiable identifiable ? identifiable.getId() : null;
		return id == null ? kind : kind + " " + id;
	}
}
