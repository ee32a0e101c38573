package org.veikart.templates;

import java.util.Locale;
import java.util.Optional;

/**
 * What a template holds, declared in its header ({@code //@ kind theme}). A {@link #PLAN} template is a
 * whole plan shape (vocabulary, period, parts, goals ...) and makes new plans; every other kind is
 * content that is inserted into an existing plan.
 */
public enum TemplateKind {
	/** A whole plan shape: {@code template new} makes a plan from it. */
	PLAN,
	/** A theme usable at several levels (a main goal in one plan, a focus area in another). */
	THEME,
	/** One strategy with its sub-strategies and measures. */
	STRATEGY,
	/** One or more measures. */
	MEASURE,
	/** One or more indicators. */
	INDICATOR;

	/** @return the word used in template headers and listings, e.g. "plan", "theme" */
	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the kind whose {@link #keyword()} is {@code word}, if any */
	public static Optional<TemplateKind> of(String word) {
		for (TemplateKind kind : values()) {
			if (kind.keyword().equals(word)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
