package org.veikart.templates.instantiate;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.veikart.model.GoalKind;
import org.veikart.model.Plan;
import org.veikart.model.Term;
import org.veikart.model.TermLevel;
import org.veikart.model.VeikartPackage;

/**
 * A level an inserted element can take: the model class, plus the goal kind for goals. Resolved from
 * the plan's own words ({@code vocabulary}: "innsatsområde", "satsing", "hovedmål") or from the plan
 * language's level names ({@code focus-area}, {@code main-goal}).
 *
 * @param type     the element class (Goal, FocusArea, Strategy, Measure or Indicator)
 * @param goalKind the goal kind when {@code type} is Goal, else null
 * @param name     the plan-language level name, e.g. "main-goal"
 */
public record Level(EClass type, GoalKind goalKind, String name) {

	private static final VeikartPackage P = VeikartPackage.eINSTANCE;

	/** @return the level of a vocabulary level, or empty for plan and part */
	public static Optional<Level> of(TermLevel level) {
		String name = level.name().toLowerCase(Locale.ROOT).replace('_', '-');
		return Optional.ofNullable(switch (level) {
			case VISION -> new Level(P.getGoal(), GoalKind.VISION, name);
			case AMBITION -> new Level(P.getGoal(), GoalKind.AMBITION, name);
			case MAIN_GOAL -> new Level(P.getGoal(), GoalKind.MAIN, name);
			case EFFECT_GOAL -> new Level(P.getGoal(), GoalKind.EFFECT, name);
			case SUB_GOAL -> new Level(P.getGoal(), GoalKind.SUB, name);
			case FOCUS_AREA -> new Level(P.getFocusArea(), null, name);
			case STRATEGY, SUB_STRATEGY -> new Level(P.getStrategy(), null, name);
			case MEASURE -> new Level(P.getMeasure(), null, name);
			case INDICATOR -> new Level(P.getIndicator(), null, name);
			default -> null;
		});
	}

	/**
	 * @param word a vocabulary word of {@code plan} (singular or plural, any case) or a level name
	 * @return the level, if {@code word} names one
	 */
	public static Optional<Level> resolve(Plan plan, String word) {
		String wanted = word.strip().toLowerCase(Locale.ROOT);
		if (plan != null) {
			for (Term term : plan.getVocabulary()) {
				if (wanted.equals(lower(term.getSingular())) || wanted.equals(lower(term.getPlural()))) {
					return of(term.getLevel());
				}
			}
		}
		for (TermLevel level : TermLevel.values()) {
			if (level.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted)) {
				return of(level);
			}
		}
		return Optional.empty();
	}

	/** @return the words {@link #resolve} accepts for {@code plan}, for error messages */
	public static String accepted(Plan plan) {
		StringBuilder words = new StringBuilder();
		if (plan != null) {
			for (Term term : plan.getVocabulary()) {
				of(term.getLevel()).ifPresent(level -> words.append(term.getSingular()).append(" (").append(level.name()).append("), "));
			}
		}
		return words + "or main-goal, sub-goal, effect-goal, focus-area, strategy, measure, indicator";
	}

	private static String lower(String text) {
		return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
	}
}
