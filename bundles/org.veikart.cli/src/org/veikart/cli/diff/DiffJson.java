package org.veikart.cli.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.veikart.model.PlanElement;
import org.veikart.templates.diff.ElementChange;
import org.veikart.templates.diff.FeatureChange;
import org.veikart.templates.diff.Match;
import org.veikart.templates.diff.Move;
import org.veikart.templates.diff.PlanDiff;
import org.veikart.templates.instantiate.Slots;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON form of a plan diff: {@code {a, b, summary: {...}, added: [element], removed: [element],
 * changed: [{a, b, match, score, changes: [{feature, old, new}]}], moved: [{a, b, from, to}]}}, where
 * an element is {@code {id, type, title}}.
 */
final class DiffJson {

	private DiffJson() {
	}

	static String render(PlanDiff diff, String a, String b) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("a", a);
			json.writeStringField("b", b);
			json.writeObjectFieldStart("summary");
			json.writeNumberField("added", diff.added().size());
			json.writeNumberField("removed", diff.removed().size());
			json.writeNumberField("changed", diff.changed().size());
			json.writeNumberField("moved", diff.moved().size());
			json.writeNumberField("matched", Summary.matched(diff)); // element pairs, the plans themselves not counted
			json.writeEndObject();
			elements(json, "added", diff.added());
			elements(json, "removed", diff.removed());
			json.writeArrayFieldStart("changed");
			for (ElementChange change : diff.changed()) {
				json.writeStartObject();
				pair(json, change.match());
				json.writeArrayFieldStart("changes");
				for (FeatureChange feature : change.changes()) {
					json.writeStartObject();
					json.writeStringField("feature", feature.feature());
					json.writeStringField("old", feature.oldValue());
					json.writeStringField("new", feature.newValue());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("moved");
			for (Move move : diff.moved()) {
				json.writeStartObject();
				pair(json, move.match());
				json.writeFieldName("from");
				element(json, move.oldParent());
				json.writeFieldName("to");
				element(json, move.newParent());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return bytes.toString(StandardCharsets.UTF_8) + "\n";
	}

	private static void pair(JsonGenerator json, Match match) throws IOException {
		json.writeFieldName("a");
		element(json, match.a());
		json.writeFieldName("b");
		element(json, match.b());
		json.writeStringField("match", match.kind().name().toLowerCase(java.util.Locale.ROOT));
		json.writeNumberField("score", Math.round(match.score() * 1000) / 1000.0);
	}

	private static void elements(JsonGenerator json, String name, java.util.List<PlanElement> elements) throws IOException {
		json.writeArrayFieldStart(name);
		for (PlanElement element : elements) {
			element(json, element);
		}
		json.writeEndArray();
	}

	private static void element(JsonGenerator json, PlanElement element) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", element.getId());
		json.writeStringField("type", Slots.word(element.eClass()));
		json.writeStringField("title", element.getTitle());
		json.writeEndObject();
	}
}
