package org.veikart.generator.json;

/**
 * The shape of a Veikart JSON document, shared by {@link JsonExporter}, {@link JsonImporter} and
 * {@link JsonSchemaGenerator}:
 * <pre>
 * { "schemaVersion": "1.0",
 *   "root": { "type": "Plan", "id": "...", "title": "...", "goals": [ { "type": "Goal", ... } ], ... } }
 * </pre>
 * Every element object names its metaclass in {@code type}, written first (the importer requires it
 * first, so it can read the document in one streaming pass); identifiable elements carry their
 * stable {@code id}. Every persisted feature of the metamodel appears under its Ecore name when it is
 * set; containment is nesting; any other reference is the target's id (an SDG goal is
 * {@code "sdg-8"}, a target {@code "sdg-8.2"}), or an array of ids for a many-valued reference.
 * Enum values are literal names; decimals are JSON numbers with the scale kept.
 */
public final class JsonFormat {

	/** Version of this document shape; a change that old readers cannot read raises it. */
	public static final String SCHEMA_VERSION = "1.0";
	/** File name of the JSON Schema, in the bundle's {@code schema/} folder and beside exports. */
	public static final String SCHEMA_FILE = "veikart-plan.schema.json";
	/** {@code $id} of the JSON Schema. */
	public static final String SCHEMA_ID = "https://veikart.org/schema/" + SCHEMA_VERSION + "/" + SCHEMA_FILE;

	static final String VERSION_FIELD = "schemaVersion";
	static final String ROOT_FIELD = "root";
	static final String TYPE_FIELD = "type";

	private JsonFormat() {
	}
}
