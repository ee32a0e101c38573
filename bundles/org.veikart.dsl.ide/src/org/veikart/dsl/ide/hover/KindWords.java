package org.veikart.dsl.ide.hover;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.veikart.dsl.linking.Suggestions;
import org.veikart.model.Goal;

/**
 * The words the plan language uses for kinds, for hovers and the outline: goal kinds as their
 * keywords ({@code main-goal}), enumeration values as written ({@code state-agency}), other elements
 * by type ({@code focus area}).
 */
public final class KindWords {

	private KindWords() {
	}

	/** @return the kind of an element as the plan language writes it */
	public static String of(EObject element) {
		if (element instanceof Goal goal && goal.getKind() != null) {
			return switch (goal.getKind()) {
				case VISION -> "vision";
				case AMBITION -> "ambition";
				case MAIN -> "main-goal";
				case EFFECT -> "effect-goal";
				case SUB -> "sub-goal";
			};
		}
		return Suggestions.describeType(element.eClass());
	}

	/** @return an enumeration value as the grammar writes it: STATE_AGENCY gives state-agency */
	public static String of(Enumerator value) {
		return value.getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
