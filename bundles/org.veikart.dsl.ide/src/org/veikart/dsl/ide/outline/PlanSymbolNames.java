package org.veikart.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.veikart.model.Actor;
import org.veikart.model.ActorRegistry;
import org.veikart.model.PlanElement;
import org.veikart.model.Section;

/**
 * Names in the outline (document symbols): the printed code and the title of plans, goals, focus
 * areas, strategies, measures and indicators ("Strategi A Innovasjonsdistrikt"), the id when there is
 * no title; actors by name. Every other object (relations, measurements, notes, ...) has no name and
 * therefore no symbol, which keeps the outline to the plan's structure.
 */
public class PlanSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof PlanElement element) {
			return label(element.getCode(), element.getTitle(), element.getId());
		}
		if (object instanceof Section section) {
			return label(section.getCode(), section.getTitle(), section.getId());
		}
		if (object instanceof Actor actor) {
			return label(null, actor.getName(), actor.getId());
		}
		if (object instanceof ActorRegistry registry) {
			return label(null, registry.getTitle(), registry.getId());
		}
		return null;
	}

	private static String label(String code, String title, String id) {
		String text = title == null || title.isBlank() ? id : title.strip().replaceAll("\\s+", " ");
		if (text == null) {
			return null;
		}
		return code == null || code.isBlank() ? text : code.strip() + " " + text;
	}
}
