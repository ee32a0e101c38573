package org.veikart.cli.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.veikart.templates.update.TemplateUpdate;
import org.veikart.templates.update.UpdateEntry;
import org.veikart.templates.update.UpdateReport;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON form of update reports: an array with one object per plan
 * ({@code file, plan, written, conflicts, templates: [{template, from, to, entries: [{kind, element,
 * templateElement, feature, base, ours, theirs, message}]}]}); absent values are null.
 */
final class UpdateReportJson {

	/** One plan's report and whether it was written. */
	record PlanReport(String file, UpdateReport report, boolean written) {
	}

	private UpdateReportJson() {
	}

	static void write(OutputStream out, List<PlanReport> reports) throws IOException {
		try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			json.useDefaultPrettyPrinter();
			json.writeStartArray();
			for (PlanReport plan : reports) {
				json.writeStartObject();
				json.writeStringField("file", plan.file());
				json.writeStringField("plan", plan.report().planId());
				json.writeBooleanField("written", plan.written());
				json.writeNumberField("conflicts", plan.report().conflicts());
				json.writeArrayFieldStart("templates");
				for (TemplateUpdate update : plan.report().updates()) {
					template(json, update);
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		out.write('\n');
		out.flush();
	}

	private static void template(JsonGenerator json, TemplateUpdate update) throws IOException {
		json.writeStartObject();
		json.writeStringField("template", update.templateId());
		json.writeStringField("from", update.fromVersion());
		json.writeStringField("to", update.toVersion());
		json.writeArrayFieldStart("entries");
		for (UpdateEntry entry : update.entries()) {
			json.writeStartObject();
			json.writeStringField("kind", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
			json.writeStringField("element", entry.elementId());
			json.writeStringField("templateElement", entry.templateElementId());
			json.writeStringField("feature", entry.feature());
			json.writeStringField("base", entry.base());
			json.writeStringField("ours", entry.ours());
			json.writeStringField("theirs", entry.theirs());
			json.writeStringField("message", entry.message());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}
}
