package org.veikart.diagram.state;

import java.io.IOException;

import org.veikart.diagram.state.RepresentationFileReader.StateFormatException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Walks the tokens of a representation file into a {@link RepresentationFile}; every shape error
 * names the token where it was found. Used by {@link RepresentationFileReader} only.
 */
final class StateParser {

    private final JsonParser parser;

    StateParser(JsonParser parser) {
        this.parser = parser;
    }

    void readFile(RepresentationFile file) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "the file must hold a JSON object");
        boolean formatSeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "format" -> {
                    if (value != JsonToken.VALUE_STRING || !RepresentationFile.FORMAT.equals(parser.getText())) {
                        throw new StateFormatException("\"format\" must be \"" + RepresentationFile.FORMAT + "\"", parser);
                    }
                    formatSeen = true;
                }
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() > RepresentationFile.VERSION) {
                        throw new StateFormatException("unsupported \"version\" (this Veikart reads version "
                                + RepresentationFile.VERSION + ")", parser);
                    }
                }
                case "representations" -> readRepresentations(file);
                default -> parser.skipChildren();
            }
        }
        if (!formatSeen) {
            throw new StateFormatException("the \"format\": \"" + RepresentationFile.FORMAT + "\" member is missing", parser);
        }
        if (parser.nextToken() != null) {
            throw new StateFormatException("unexpected content after the object", parser);
        }
    }

    private void readRepresentations(RepresentationFile file) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT, "\"representations\" must be an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String representation = parser.currentName();
            expect(parser.nextToken(), JsonToken.START_OBJECT, "representation \"" + representation + "\" must be an object");
            readState(file.state(representation));
        }
    }

    private void readState(RepresentationState state) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "layers" -> {
                    expect(value, JsonToken.START_OBJECT, "\"layers\" must be an object of true/false");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String layer = parser.currentName();
                        JsonToken on = parser.nextToken();
                        if (!on.isBoolean()) {
                            throw new StateFormatException("layer \"" + layer + "\" must be true or false", parser);
                        }
                        state.layers().put(layer, on == JsonToken.VALUE_TRUE);
                    }
                }
                case "filters" -> {
                    expect(value, JsonToken.START_OBJECT, "\"filters\" must be an object of strings");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String filter = parser.currentName();
                        expect(parser.nextToken(), JsonToken.VALUE_STRING, "filter \"" + filter + "\" must be a string");
                        state.filters().put(filter, parser.getText());
                    }
                }
                case "elements" -> {
                    expect(value, JsonToken.START_OBJECT, "\"elements\" must be an object keyed by element id");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String id = parser.currentName();
                        expect(parser.nextToken(), JsonToken.START_OBJECT, "element \"" + id + "\" must be an object");
                        state.elements().put(id, readElement(id));
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    private ElementState readElement(String id) throws IOException {
        Double[] numbers = new Double[4];
        boolean pinned = false;
        boolean collapsed = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int index = switch (name) {
                case "x" -> 0;
                case "y" -> 1;
                case "width" -> 2;
                case "height" -> 3;
                default -> -1;
            };
            if (index >= 0) {
                if (!RepresentationFileReader.isNumber(value) || !Double.isFinite(parser.getDoubleValue())
                        || index >= 2 && parser.getDoubleValue() <= 0) {
                    throw new StateFormatException("element \"" + id + "\": \"" + name + "\" must be a "
                            + (index >= 2 ? "positive " : "") + "number", parser);
                }
                numbers[index] = parser.getDoubleValue();
            } else if (name.equals("pinned") || name.equals("collapsed")) {
                if (!value.isBoolean()) {
                    throw new StateFormatException("element \"" + id + "\": \"" + name + "\" must be true or false", parser);
                }
                pinned = name.equals("pinned") ? value == JsonToken.VALUE_TRUE : pinned;
                collapsed = name.equals("collapsed") ? value == JsonToken.VALUE_TRUE : collapsed;
            } else {
                parser.skipChildren();
            }
        }
        return new ElementState(numbers[0], numbers[1], numbers[2], numbers[3], pinned, collapsed);
    }

    private void expect(JsonToken actual, JsonToken expected, String message) throws StateFormatException {
        if (actual != expected) {
            throw new StateFormatException(message, parser);
        }
    }
}
