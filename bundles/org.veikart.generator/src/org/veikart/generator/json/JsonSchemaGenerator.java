package org.veikart.generator.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.generator.ModelFeatures;
import org.veikart.generator.ValueKind;
import org.veikart.model.VeikartPackage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Generates the JSON Schema (draft 2020-12) of Veikart JSON documents from the Ecore metamodel: one
 * {@code $defs} entry per concrete class (closed: {@code additionalProperties: false}, {@code type}
 * as a constant, {@code id} required for plan elements and SDG entries), one {@code oneOf} per abstract class
 * that a containment can hold, one per enum, and {@code Id} for references. Descriptions are the
 * metamodel's documentation. The committed copy in {@code schema/veikart-plan.schema.json} must
 * equal {@link #generate()} (a test checks it). Deterministic; thread-safe.
 */
public final class JsonSchemaGenerator {

	private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
	private static final String DEFS = "#/$defs/";

	/** @return the schema text, UTF-8 JSON with two-space indentation and a final newline */
	public String generate() {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (JsonGenerator json = new JsonFactory().createGenerator(buffer)) {
			json.setPrettyPrinter(new StablePrettyPrinter());
			writeSchema(json);
			json.writeRaw('\n');
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	private void writeSchema(JsonGenerator json) throws IOException {
		json.writeStartObject();
		json.writeStringField("$schema", DRAFT);
		json.writeStringField("$id", JsonFormat.SCHEMA_ID);
		json.writeStringField("title", "Veikart plan document");
		json.writeStringField("description", "A plan or actor registry exported by Veikart (schema version "
				+ JsonFormat.SCHEMA_VERSION + "). Generated from the Ecore metamodel by "
				+ JsonSchemaGenerator.class.getName() + "; do not edit.");
		json.writeStringField("type", "object");
		json.writeArrayFieldStart("required");
		json.writeString(JsonFormat.VERSION_FIELD);
		json.writeString(JsonFormat.ROOT_FIELD);
		json.writeEndArray();
		json.writeBooleanField("additionalProperties", false);
		json.writeObjectFieldStart("properties");
		json.writeObjectFieldStart(JsonFormat.VERSION_FIELD);
		json.writeStringField("const", JsonFormat.SCHEMA_VERSION);
		json.writeEndObject();
		json.writeObjectFieldStart(JsonFormat.ROOT_FIELD);
		writeOneOf(json, ModelFeatures.rootClasses());
		json.writeEndObject();
		json.writeEndObject();
		json.writeObjectFieldStart("$defs");
		writeIdDefinition(json);
		for (EClass eClass : ModelFeatures.classes()) {
			if (!eClass.isAbstract()) {
				writeClass(json, eClass);
			} else if (isContainmentType(eClass)) {
				json.writeObjectFieldStart(eClass.getName());
				writeDescription(json, eClass);
				writeOneOf(json, ModelFeatures.concreteSubtypes(eClass));
				json.writeEndObject();
			}
		}
		for (EClassifier classifier : VeikartPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				writeEnum(json, eEnum);
			}
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void writeIdDefinition(JsonGenerator json) throws IOException {
		json.writeObjectFieldStart("Id");
		json.writeStringField("description", "The stable id of an element, e.g. \"g-7f3a2c\"; SDG goals and targets are \"sdg-8\" and \"sdg-8.2\".");
		json.writeStringField("type", "string");
		json.writeNumberField("minLength", 1);
		json.writeEndObject();
	}

	private void writeClass(JsonGenerator json, EClass eClass) throws IOException {
		json.writeObjectFieldStart(eClass.getName());
		writeDescription(json, eClass);
		json.writeStringField("type", "object");
		json.writeArrayFieldStart("required");
		json.writeString(JsonFormat.TYPE_FIELD);
		// statements always have an id (the plan language requires one); notes, relations and prose
		// blocks may lack one, and then cannot be the target of a reference
		if (VeikartPackage.Literals.PLAN_ELEMENT.isSuperTypeOf(eClass) || isCatalogueEntry(eClass)) {
			json.writeString(VeikartPackage.Literals.IDENTIFIABLE__ID.getName());
		}
		json.writeEndArray();
		json.writeBooleanField("additionalProperties", false);
		json.writeObjectFieldStart("properties");
		json.writeObjectFieldStart(JsonFormat.TYPE_FIELD);
		json.writeStringField("const", eClass.getName());
		json.writeEndObject();
		for (EStructuralFeature feature : ModelFeatures.of(eClass)) {
			json.writeObjectFieldStart(feature.getName());
			writeDescription(json, feature);
			if (feature.isMany()) {
				json.writeStringField("type", "array");
				// contained elements are distinct by identity, not by content: two equal notes are fine
				boolean containment = feature instanceof EReference r && r.isContainment();
				if (feature.isUnique() && !containment) {
					json.writeBooleanField("uniqueItems", true);
				}
				json.writeObjectFieldStart("items");
				writeValueSchema(json, feature);
				json.writeEndObject();
			} else {
				writeValueSchema(json, feature);
			}
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void writeValueSchema(JsonGenerator json, EStructuralFeature feature) throws IOException {
		if (feature instanceof EReference reference) {
			EClass target = reference.getEReferenceType();
			json.writeStringField("$ref", DEFS + (reference.isContainment() ? target.getName() : "Id"));
			return;
		}
		EAttribute attribute = (EAttribute) feature;
		switch (ValueKind.of(attribute.getEAttributeType())) {
			case STRING -> json.writeStringField("type", "string");
			case INTEGER -> json.writeStringField("type", "integer");
			case BOOLEAN -> json.writeStringField("type", "boolean");
			case DECIMAL -> json.writeStringField("type", "number");
			case ENUM -> json.writeStringField("$ref", DEFS + attribute.getEAttributeType().getName());
		}
		if (attribute.isID()) {
			json.writeNumberField("minLength", 1);
		}
	}

	private static void writeEnum(JsonGenerator json, EEnum eEnum) throws IOException {
		json.writeObjectFieldStart(eEnum.getName());
		writeDescription(json, eEnum);
		json.writeArrayFieldStart("enum");
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			json.writeString(literal.getName());
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void writeOneOf(JsonGenerator json, List<EClass> classes) throws IOException {
		json.writeArrayFieldStart("oneOf");
		for (EClass eClass : classes) {
			json.writeStartObject();
			json.writeStringField("$ref", DEFS + eClass.getName());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void writeDescription(JsonGenerator json, EModelElement element) throws IOException {
		String documentation = EcoreUtil.getDocumentation(element);
		if (documentation != null && !documentation.isBlank()) {
			json.writeStringField("description", documentation);
		}
	}

	private static boolean isCatalogueEntry(EClass eClass) {
		return eClass == VeikartPackage.Literals.SDG_GOAL || eClass == VeikartPackage.Literals.SDG_TARGET;
	}

	/** @return true if some containment reference has exactly this (abstract) type */
	private static boolean isContainmentType(EClass eClass) {
		for (EClass owner : ModelFeatures.classes()) {
			for (EReference reference : owner.getEReferences()) {
				if (reference.isContainment() && reference.getEReferenceType() == eClass) {
					return true;
				}
			}
		}
		return false;
	}
}
