package org.veikart.generator.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.generator.ElementIdentity;
import org.veikart.generator.ModelFeatures;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes one model root (a plan, an actor registry) as a Veikart JSON document ({@link JsonFormat}),
 * walking the metamodel reflectively with Jackson's streaming generator. Output is deterministic:
 * features in metamodel order, lists in model order, two-space indentation, UTF-8, LF line ends.
 * Stateless and thread-safe.
 *
 * @throws org.veikart.generator.ExportException (from the write methods) if a reference points to an
 *         element that is not loaded or has no id; nothing is returned then
 */
public final class JsonExporter {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	/** @return the document as a string */
	public String toJson(EObject root) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try {
			write(root, buffer);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen in memory
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	/** Writes the document to {@code out} (not closed). */
	public void write(EObject root, OutputStream out) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			json.setPrettyPrinter(new StablePrettyPrinter());
			json.writeStartObject();
			json.writeStringField(JsonFormat.VERSION_FIELD, JsonFormat.SCHEMA_VERSION);
			json.writeFieldName(JsonFormat.ROOT_FIELD);
			writeElement(json, root);
			json.writeEndObject();
			json.writeRaw('\n');
		}
	}

	private void writeElement(JsonGenerator json, EObject element) throws IOException {
		json.writeStartObject();
		json.writeStringField(JsonFormat.TYPE_FIELD, element.eClass().getName());
		for (EStructuralFeature feature : ModelFeatures.of(element.eClass())) {
			if (element.eIsSet(feature)) {
				json.writeFieldName(feature.getName());
				if (feature instanceof EAttribute attribute) {
					writeAttribute(json, attribute, element.eGet(attribute));
				} else {
					writeReference(json, element, (EReference) feature);
				}
			}
		}
		json.writeEndObject();
	}

	private void writeAttribute(JsonGenerator json, EAttribute attribute, Object value) throws IOException {
		if (!attribute.isMany()) {
			writeValue(json, value);
			return;
		}
		json.writeStartArray();
		for (Object item : (List<?>) value) {
			writeValue(json, item);
		}
		json.writeEndArray();
	}

	private static void writeValue(JsonGenerator json, Object value) throws IOException {
		switch (value) {
			case String s -> json.writeString(s);
			case Integer i -> json.writeNumber(i.intValue());
			case Boolean b -> json.writeBoolean(b.booleanValue());
			case BigDecimal d -> json.writeNumber(d);
			case Enumerator e -> json.writeString(e.getName());
			default -> throw new IllegalArgumentException("unsupported value " + value.getClass());
		}
	}

	private void writeReference(JsonGenerator json, EObject element, EReference reference) throws IOException {
		Object value = element.eGet(reference, false);
		if (!reference.isMany()) {
			writeTarget(json, element, reference, (EObject) value);
			return;
		}
		json.writeStartArray();
		for (Object target : (List<?>) value) {
			writeTarget(json, element, reference, (EObject) target);
		}
		json.writeEndArray();
	}

	private void writeTarget(JsonGenerator json, EObject element, EReference reference, EObject target) throws IOException {
		if (reference.isContainment()) {
			writeElement(json, target);
		} else {
			// resolve here (eGet(.., false) above keeps the list unresolved): unresolvable -> ExportException
			EObject resolved = target.eIsProxy() ? org.eclipse.emf.ecore.util.EcoreUtil.resolve(target, element) : target;
			json.writeString(ElementIdentity.requireId(element, reference, resolved));
		}
	}
}
