package org.veikart.generator.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.generator.ModelFeatures;
import org.veikart.generator.json.JsonImporter.Problems;
import org.veikart.model.VeikartPackage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads element objects from a streaming parser into new EMF objects. Containment is built at once;
 * references to other elements are only recorded as {@link Link}s, because their targets may come
 * later in the document or live in another file ({@link LinkResolver} sets them at the end). Problems
 * are collected and reading goes on, so one import reports as many as it can.
 */
final class ElementReader {

	/** A reference still to be set: {@code source.reference} should point to the element with {@code id}. */
	record Link(EObject source, EReference reference, String id, JsonLocation at) {
	}

	private final JsonParser parser;
	private final Problems problems;
	private final ValueReader values;
	private final Map<String, EObject> definedIds = new HashMap<>();
	private final List<Link> links = new ArrayList<>();

	ElementReader(JsonParser parser, Problems problems) {
		this.parser = parser;
		this.problems = problems;
		this.values = new ValueReader(parser, problems);
	}

	Map<String, EObject> definedIds() {
		return definedIds;
	}

	List<Link> links() {
		return links;
	}

	/** Reads the root element (any concrete class no containment holds, e.g. Plan); parser at its START_OBJECT. */
	EObject readRoot() throws IOException {
		JsonLocation at = parser.currentTokenLocation();
		EObject root = readElement(VeikartPackage.Literals.IDENTIFIABLE);
		if (root != null && !ModelFeatures.rootClasses().contains(root.eClass())) {
			problems.add(at, "a " + root.eClass().getName() + " cannot be the root of a document (expected one of "
					+ String.join(", ", ModelFeatures.rootClasses().stream().map(EClass::getName).toList()) + ")");
			return null;
		}
		return root;
	}

	/**
	 * @param expected the feature's type; the object's "type" must name it or a subclass
	 * @return the element, or null after a problem that makes it unusable (already reported, skipped)
	 */
	private EObject readElement(EClass expected) throws IOException {
		JsonLocation start = parser.currentTokenLocation();
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			problems.add(start, "expected an element object {\"type\": ...}");
			parser.skipChildren();
			return null;
		}
		EClass type = readType(expected);
		if (type == null) {
			return null;
		}
		EObject element = EcoreUtil.create(type);
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonLocation at = parser.currentTokenLocation();
			parser.nextToken();
			EStructuralFeature feature = type.getEStructuralFeature(name);
			if (feature == null || !ModelFeatures.of(type).contains(feature)) {
				problems.add(at, "unknown member \"" + name + "\" for a " + type.getName());
				parser.skipChildren();
			} else if (parser.currentToken() == JsonToken.VALUE_NULL) {
				problems.add(at, "\"" + name + "\" is null: leave the member out instead");
			} else {
				readFeature(element, feature, at);
			}
		}
		return element;
	}

	/**
	 * Reads the first member, which must be "type", and checks it.
	 *
	 * @return the type, or null after a reported problem; the object is then skipped to its end
	 */
	private EClass readType(EClass expected) throws IOException {
		if (parser.nextToken() != JsonToken.FIELD_NAME || !JsonFormat.TYPE_FIELD.equals(parser.currentName())) {
			problems.add(parser.currentTokenLocation(), "an element object must start with \"type\"");
			if (parser.currentToken() == JsonToken.FIELD_NAME) {
				parser.nextToken();
				parser.skipChildren();
				skipRest();
			}
			return null;
		}
		JsonToken token = parser.nextToken();
		JsonLocation at = parser.currentTokenLocation();
		String name = token == JsonToken.VALUE_STRING ? parser.getText() : null;
		EClass type = name == null ? null : ModelFeatures.concreteClass(name);
		if (type == null) {
			problems.add(at, "unknown type " + (name == null ? parser.getText() : "\"" + name + "\"")
					+ (ModelFeatures.concreteSubtypes(expected).isEmpty() ? "" : " (expected one of "
							+ String.join(", ", ModelFeatures.concreteSubtypes(expected).stream().map(EClass::getName).toList()) + ")"));
			parser.skipChildren();
			skipRest();
			return null;
		}
		if (!expected.isSuperTypeOf(type)) {
			problems.add(at, "a " + type.getName() + " is not allowed here (expected a " + expected.getName() + ")");
			skipRest();
			return null;
		}
		return type;
	}

	/** Skips the rest of the current object after its "type" member. */
	private void skipRest() throws IOException {
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			parser.nextToken();
			parser.skipChildren();
		}
	}

	@SuppressWarnings("unchecked")
	private void readFeature(EObject element, EStructuralFeature feature, JsonLocation at) throws IOException {
		if (feature.isMany()) {
			if (parser.currentToken() != JsonToken.START_ARRAY) {
				problems.add(at, "\"" + feature.getName() + "\" must be an array");
				parser.skipChildren();
				return;
			}
			List<Object> list = (List<Object>) element.eGet(feature);
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				Object item = readOne(element, feature);
				if (item != null) {
					if (list.contains(item)) {
						problems.add(parser.currentTokenLocation(), "\"" + feature.getName() + "\" lists " + item + " twice");
					} else {
						list.add(item);
					}
				}
			}
		} else {
			Object value = readOne(element, feature);
			if (value != null) {
				element.eSet(feature, value);
			}
		}
	}

	/** @return the value to add or set, or null (a problem, or a link recorded for later) */
	private Object readOne(EObject element, EStructuralFeature feature) throws IOException {
		if (feature instanceof EAttribute attribute) {
			Object value = values.read(attribute);
			if (value != null && attribute.isID()) {
				defineId(element, (String) value);
			}
			return value;
		}
		EReference reference = (EReference) feature;
		if (reference.isContainment()) {
			return readElement(reference.getEReferenceType());
		}
		JsonLocation at = parser.currentTokenLocation();
		if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isEmpty()) {
			problems.add(at, "\"" + reference.getName() + "\" takes the id of a " + reference.getEReferenceType().getName());
			parser.skipChildren();
			return null;
		}
		links.add(new Link(element, reference, parser.getText(), at));
		return null;
	}

	private void defineId(EObject element, String id) {
		EObject previous = definedIds.putIfAbsent(id, element);
		if (previous != null) {
			problems.add(parser.currentTokenLocation(), "the id \"" + id + "\" is used twice (also by "
					+ previous.eClass().getName() + ")");
		}
	}
}
