package org.veikart.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.veikart.model.Actor;
import org.veikart.model.Identifiable;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.model.Section;

/**
 * The hover text (Markdown) of an element, shown on its declaration and on every reference to it:
 * <ul>
 * <li>a plan element: its kind and id, its printed code and its title;</li>
 * <li>an actor: its id, name and kind;</li>
 * <li>an SDG goal: number, Norwegian name and title, and the goal's colour;</li>
 * <li>an SDG target: code and text (Norwegian where the catalogue has it), and its goal.</li>
 * </ul>
 * Returns null (no hover) for objects that have none of these.
 */
public class PlanDocumentation implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject element) {
		if (element instanceof SdgGoal goal) {
			return "**SDG " + goal.getNumber() + ": " + orEmpty(goal.getNameNb()) + "**\n\n"
					+ line(goal.getTitleNb()) + "Colour: " + orEmpty(goal.getColour());
		}
		if (element instanceof SdgTarget target) {
			String text = target.getTextNb() != null ? target.getTextNb() : target.getTextEn();
			String goal = target.eContainer() instanceof SdgGoal parent
					? "Target of SDG " + parent.getNumber() + ": " + orEmpty(parent.getNameNb()) : "";
			return "**SDG target " + target.getCode() + "**\n\n" + line(text) + goal;
		}
		if (element instanceof Actor actor) {
			return "**actor " + actor.getId() + "**" + (actor.getKind() == null ? "" : " (" + KindWords.of(actor.getKind()) + ")")
					+ "\n\n" + orEmpty(actor.getName());
		}
		if (element instanceof PlanElement planElement) {
			return heading(planElement, KindWords.of(planElement), planElement.getCode()) + orEmpty(planElement.getTitle());
		}
		if (element instanceof Section section) {
			return heading(section, "section", section.getCode()) + orEmpty(section.getTitle());
		}
		return null;
	}

	@Override
	public String toString() {
		return "PlanDocumentation";
	}

	private static String heading(Identifiable element, String kind, String code) {
		return "**" + kind + " " + orEmpty(element.getId()) + "**"
				+ (code == null || code.isBlank() ? "" : " — " + code) + "\n\n";
	}

	private static String line(String text) {
		return text == null || text.isBlank() ? "" : text + "\n\n";
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
