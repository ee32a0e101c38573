package org.veikart.diagram.state;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.veikart.diagram.state.RepresentationFileReader.StateFormatException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Walks the tokens of a representation file into a {@link RepresentationFile}; every shape error
 * names the token where it was found. Used by {@link RepresentationFileReader} only.
 */
final class StateParser {

    /** Pinned positions beyond this (in either direction) are refused: no diagram is that large. */
    static final double MAX_COORDINATE = 100_000;
    /** Stored sizes above this are refused: no node is that large. */
    static final double MAX_SIZE = 10_000;

    /** A problem that only discards one entry, at a position in the file. */
    record Issue(String message, int line, int column) {
    }

    private final JsonParser parser;
    private final List<Issue> issues = new ArrayList<>();

    StateParser(JsonParser parser) {
        this.parser = parser;
    }

    /** @return the entries that were ignored, and why */
    List<Issue> issues() {
        return issues;
    }

    private void locate(RepresentationFile file, String key) {
        JsonLocation at = parser.currentTokenLocation();
        file.locations().put(key, new RepresentationFile.Location(at.getLineNr(), at.getColumnNr()));
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
            locate(file, RepresentationFile.key(representation, null, null));
            expect(parser.nextToken(), JsonToken.START_OBJECT, "representation \"" + representation + "\" must be an object");
            readState(file, representation);
        }
    }

    private void readState(RepresentationFile file, String representation) throws IOException {
        RepresentationState state = file.state(representation);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "layers" -> {
                    expect(value, JsonToken.START_OBJECT, "\"layers\" must be an object of true/false");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String layer = parser.currentName();
                        locate(file, RepresentationFile.key(representation, "layers", layer));
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
                        locate(file, RepresentationFile.key(representation, "filters", filter));
                        expect(parser.nextToken(), JsonToken.VALUE_STRING, "filter \"" + filter + "\" must be a string");
                        state.filters().put(filter, parser.getText());
                    }
                }
                case "elements" -> {
                    expect(value, JsonToken.START_OBJECT, "\"elements\" must be an object keyed by element id");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String id = parser.currentName();
                        locate(file, RepresentationFile.key(representation, "elements", id));
                        expect(parser.nextToken(), JsonToken.START_OBJECT, "element \"" + id + "\" must be an object");
                        ElementState element = readElement(id);
                        if (element != null) {
                            state.elements().put(id, element);
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    /** @return the element's state, or null if a value is out of range (an {@link Issue} says which) */
    private ElementState readElement(String id) throws IOException {
        Double[] numbers = new Double[4];
        Issue outOfRange = null;
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
                double number = parser.getDoubleValue();
                // finite but absurd values would make a canvas no renderer can allocate
                if (outOfRange == null && (index < 2 ? Math.abs(number) > MAX_COORDINATE : number > MAX_SIZE)) {
                    JsonLocation at = parser.currentTokenLocation();
                    outOfRange = new Issue("representation entry of element '" + id + "': \"" + name + "\" = "
                            + parser.getText() + " is out of range (" + (index < 2 ? "-" + (long) MAX_COORDINATE + " to "
                            + (long) MAX_COORDINATE : "at most " + (long) MAX_SIZE) + "); the entry is ignored",
                            at.getLineNr(), at.getColumnNr());
                }
                numbers[index] = number;
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
        if (outOfRange != null) {
            issues.add(outOfRange);
            return null;
        }
        return new ElementState(numbers[0], numbers[1], numbers[2], numbers[3], pinned, collapsed);
    }

    private void expect(JsonToken actual, JsonToken expected, String message) throws StateFormatException {
        if (actual != expected) {
            throw new StateFormatException(message, parser);
        }
    }
}
