package org.veikart.model.check;

/**
 * The constant issue codes of {@link ModelDiagnostic}s. Codes are stable identifiers (tests, quick
 * fixes and suppressions refer to them); messages may change.
 */
public final class ModelIssueCodes
{
	/** A reference that cannot be resolved, or that points at an element outside every resource. */
	public static final String DANGLING_REFERENCE = "veikart.dangling-reference";
	/** An identifiable element without an id. */
	public static final String MISSING_ID = "veikart.missing-id";
	/** Two elements with the same id in one resource or one resource set. */
	public static final String DUPLICATE_ID = "veikart.duplicate-id";
	/** A cycle in the {@code contributesTo} graph of plan elements. */
	public static final String CONTRIBUTES_TO_CYCLE = "veikart.contributes-to-cycle";
	/** A cycle in the {@code variantOf} graph of plan elements. */
	public static final String VARIANT_OF_CYCLE = "veikart.variant-of-cycle";
	/** A cycle of plans through their document relations ({@code relations.targetPlan}). */
	public static final String PLAN_RELATION_CYCLE = "veikart.plan-relation-cycle";
	/** A plan, goal, strategy or measure without a title. */
	public static final String EMPTY_TITLE = "veikart.empty-title";
	/** A partial date that is not YYYY, YYYY-MM or YYYY-MM-DD, or names a day that does not exist. */
	public static final String INVALID_DATE = "veikart.invalid-date";
	/** A period whose start year is after its end year. */
	public static final String INVALID_PERIOD = "veikart.invalid-period";

	/** The file is empty (or only whitespace). */
	public static final String LOAD_EMPTY_FILE = "veikart.load.empty-file";
	/** The file is not well-formed XML (corrupt or truncated). */
	public static final String LOAD_MALFORMED_XML = "veikart.load.malformed-xml";
	/** The file contains a DOCTYPE declaration, which hardened loading refuses (XXE, entity bombs). */
	public static final String LOAD_DOCTYPE_NOT_ALLOWED = "veikart.load.doctype-not-allowed";
	/** The file uses a model package (namespace) other than the Veikart metamodel. */
	public static final String LOAD_UNKNOWN_PACKAGE = "veikart.load.unknown-package";
	/** Well-formed XML whose content does not fit the metamodel (unknown feature, bad value, ...). */
	public static final String LOAD_INVALID_CONTENT = "veikart.load.invalid-content";
	/** The file cannot be read at all (missing, a directory, not permitted). */
	public static final String LOAD_IO_ERROR = "veikart.load.io-error";

	private ModelIssueCodes()
	{
	}
}
