package org.veikart.dsl.validation;

/**
 * Issue codes of the plan language's own diagnostics. Codes are stable identifiers that tests, quick
 * fixes and suppressions refer to; messages may change. Findings of the model checker keep the codes
 * of {@link org.veikart.model.check.ModelIssueCodes} (duplicate and missing ids, cycles, empty titles,
 * invalid dates and periods).
 */
public final class PlanIssueCodes {

	private static final String PREFIX = "veikart.dsl.";

	/** A reference to an id that no loaded file defines. Data: the suggested ids, closest first. */
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";
	/** An SDG goal number or target code that the catalogue does not have. Data: the closest numbers. */
	public static final String UNKNOWN_SDG = PREFIX + "unknown-sdg";
	/** Two children of the same kind under one parent print the same code. */
	public static final String DUPLICATE_CODE = PREFIX + "duplicate-code";
	/** An SDG goal tag next to a tag of one of its targets (same relation kind). Data: the target code. */
	public static final String REDUNDANT_SDG_GOAL = PREFIX + "redundant-sdg-goal";
	/** The same SDG goal or target tagged twice on one element with the same relation kind. */
	public static final String DUPLICATE_SDG = PREFIX + "duplicate-sdg";
	/** An indicator without a baseline. */
	public static final String MISSING_BASELINE = PREFIX + "missing-baseline";
	/** An indicator without any target value. */
	public static final String MISSING_TARGET = PREFIX + "missing-target";
	/** An indicator target whose year lies outside the period of the plan (or of its part). */
	public static final String TARGET_OUTSIDE_PERIOD = PREFIX + "target-outside-period";
	/** A measure scheduled (years, start or end) outside the period of the plan (or of its part). */
	public static final String SCHEDULE_OUTSIDE_PERIOD = PREFIX + "schedule-outside-period";
	/** A clause that sets a single value written twice in one element: the parser keeps only the last one. */
	public static final String REPEATED_CLAUSE = PREFIX + "repeated-clause";
	/** The model checker failed unexpectedly; the message names the exception. */
	public static final String CHECK_FAILED = PREFIX + "check-failed";

	private PlanIssueCodes() {
	}
}
