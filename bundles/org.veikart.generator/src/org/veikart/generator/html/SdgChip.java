package org.veikart.generator.html;

import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;

/**
 * One SDG reference as a list item: the goal's official colour as background with a text colour
 * chosen for contrast ({@link Colours}), and always the number and name as text, so the colour is
 * never the only carrier of meaning.
 */
final class SdgChip {

	private SdgChip() {
	}

	static void write(HtmlWriter html, SdgReference reference) {
		SdgGoal goal = reference.getGoal() != null ? reference.getGoal()
				: reference.getTarget() != null && reference.getTarget().eContainer() instanceof SdgGoal g ? g : null;
		if (goal == null) {
			html.element("li", "Bærekraftsmål (ikke angitt)" + suffix(reference), "class", "sdg sdg-unspecified");
			return;
		}
		String code = reference.getTarget() != null ? reference.getTarget().getCode() : String.valueOf(goal.getNumber());
		html.element("li", Labels.of(reference.getKind()) + " " + code + " " + goal.getNameNb() + suffix(reference),
				"class", "sdg", "style", Colours.style(goal.getColour()));
	}

	private static String suffix(SdgReference reference) {
		return reference.getLabel() == null || reference.getLabel().isBlank() ? "" : " («" + reference.getLabel() + "»)";
	}
}
