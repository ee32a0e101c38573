package org.veikart.diagram.state;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.veikart.model.io.AtomicFileWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a {@link RepresentationFile} as indented JSON, atomically with a {@code .bak} of the
 * previous version ({@link AtomicFileWriter}). Shape:
 * <pre>
 * { "format": "veikart-diagrams", "version": 1,
 *   "representations": { "tree": {
 *       "layers": { "indicators": true },
 *       "filters": { "focus-area": "st-area-1" },
 *       "elements": { "g-7f3a2c": { "x": 10, "y": 20, "pinned": true, "collapsed": false } } } } }
 * </pre>
 * Unset values are left out, so the file stays small and diffable.
 */
public final class RepresentationFileWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Replaces {@code path} with {@code file}. */
    public void write(Path path, RepresentationFile file) throws IOException {
        new AtomicFileWriter().write(path, toBytes(file));
    }

    /** @return the UTF-8 JSON text of {@code file} */
    public byte[] toBytes(RepresentationFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", RepresentationFile.FORMAT);
            json.writeNumberField("version", RepresentationFile.VERSION);
            json.writeObjectFieldStart("representations");
            for (Map.Entry<String, RepresentationState> entry : file.representations().entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                writeState(json, entry.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeState(JsonGenerator json, RepresentationState state) throws IOException {
        json.writeObjectFieldStart("layers");
        for (Map.Entry<String, Boolean> layer : state.layers().entrySet()) {
            json.writeBooleanField(layer.getKey(), layer.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("filters");
        for (Map.Entry<String, String> filter : state.filters().entrySet()) {
            json.writeStringField(filter.getKey(), filter.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        for (Map.Entry<String, ElementState> element : state.elements().entrySet()) {
            ElementState value = element.getValue();
            json.writeObjectFieldStart(element.getKey());
            writeNumber(json, "x", value.x());
            writeNumber(json, "y", value.y());
            writeNumber(json, "width", value.width());
            writeNumber(json, "height", value.height());
            if (value.pinned()) {
                json.writeBooleanField("pinned", true);
            }
            if (value.collapsed()) {
                json.writeBooleanField("collapsed", true);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, String name, Double value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value);
        }
    }
}
