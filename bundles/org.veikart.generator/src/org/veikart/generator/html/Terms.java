package org.veikart.generator.html;

import java.util.EnumMap;
import java.util.Map;

import org.veikart.model.GoalKind;
import org.veikart.model.Plan;
import org.veikart.model.Term;
import org.veikart.model.TermLevel;

/**
 * The words a report uses for the levels of one plan: the plan's own vocabulary ("Hovedmål",
 * "Innsatsområde", "Tiltak", ...) where it has an entry, otherwise common bokmål defaults.
 */
final class Terms {

	private static final Map<TermLevel, String[]> DEFAULTS = new EnumMap<>(TermLevel.class);

	static {
		DEFAULTS.put(TermLevel.PLAN, new String[] { "Plan", "Planer" });
		DEFAULTS.put(TermLevel.PART, new String[] { "Del", "Deler" });
		DEFAULTS.put(TermLevel.VISION, new String[] { "Visjon", "Visjoner" });
		DEFAULTS.put(TermLevel.AMBITION, new String[] { "Ambisjon", "Ambisjoner" });
		DEFAULTS.put(TermLevel.MAIN_GOAL, new String[] { "Hovedmål", "Hovedmål" });
		DEFAULTS.put(TermLevel.EFFECT_GOAL, new String[] { "Effektmål", "Effektmål" });
		DEFAULTS.put(TermLevel.SUB_GOAL, new String[] { "Delmål", "Delmål" });
		DEFAULTS.put(TermLevel.FOCUS_AREA, new String[] { "Innsatsområde", "Innsatsområder" });
		DEFAULTS.put(TermLevel.STRATEGY, new String[] { "Strategi", "Strategier" });
		DEFAULTS.put(TermLevel.SUB_STRATEGY, new String[] { "Delstrategi", "Delstrategier" });
		DEFAULTS.put(TermLevel.MEASURE, new String[] { "Tiltak", "Tiltak" });
		DEFAULTS.put(TermLevel.INDICATOR, new String[] { "Indikator", "Indikatorer" });
	}

	private final Map<TermLevel, String[]> words = new EnumMap<>(DEFAULTS);

	Terms(Plan plan) {
		for (Term term : plan.getVocabulary()) {
			String[] fallback = DEFAULTS.getOrDefault(term.getLevel(), new String[] { "", "" });
			String singular = blank(term.getSingular()) ? fallback[0] : term.getSingular();
			String plural = blank(term.getPlural()) ? singular : term.getPlural();
			// the words head sections and label elements: capitalised for display, the model keeps the plan's spelling
			words.put(term.getLevel(), new String[] { capitalised(singular), capitalised(plural) });
		}
	}

	String singular(TermLevel level) {
		return words.get(level)[0];
	}

	String plural(TermLevel level) {
		return words.get(level)[1];
	}

	/** @return the level a goal of this kind is on */
	static TermLevel levelOf(GoalKind kind) {
		if (kind == null) {
			return TermLevel.MAIN_GOAL;
		}
		return switch (kind) {
			case VISION -> TermLevel.VISION;
			case AMBITION -> TermLevel.AMBITION;
			case EFFECT -> TermLevel.EFFECT_GOAL;
			case SUB -> TermLevel.SUB_GOAL;
			default -> TermLevel.MAIN_GOAL;
		};
	}

	/** @return {@code word} with its first letter in upper case ("satsinger" -> "Satsinger") */
	static String capitalised(String word) {
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
