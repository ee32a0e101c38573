package org.veikart.generator.json;

import java.io.IOException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.veikart.generator.ValueKind;
import org.veikart.generator.json.JsonImporter.Problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one attribute value at the parser's current token, checking that the JSON kind fits the
 * attribute's data type. Decimals keep their written scale ({@code 8.20} stays 8.20), so a round
 * trip is exact. A value that does not fit is reported (with its location) and skipped.
 */
final class ValueReader {

	private final JsonParser parser;
	private final Problems problems;

	ValueReader(JsonParser parser, Problems problems) {
		this.parser = parser;
		this.problems = problems;
	}

	/** @return the value, or null after a reported problem */
	Object read(EAttribute attribute) throws IOException {
		JsonToken token = parser.currentToken();
		ValueKind kind = ValueKind.of(attribute.getEAttributeType());
		switch (kind) {
			case STRING:
				if (token == JsonToken.VALUE_STRING) {
					return parser.getText();
				}
				break;
			case INTEGER:
				if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
					return parser.getIntValue();
				}
				break;
			case BOOLEAN:
				if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
					return token == JsonToken.VALUE_TRUE;
				}
				break;
			case DECIMAL:
				if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
					return parser.getDecimalValue();
				}
				break;
			case ENUM:
				if (token == JsonToken.VALUE_STRING) {
					EEnum type = (EEnum) attribute.getEAttributeType();
					EEnumLiteral literal = type.getEEnumLiteral(parser.getText());
					if (literal != null) {
						return literal.getInstance();
					}
					problems.add(parser.currentTokenLocation(), "\"" + parser.getText() + "\" is not a value of \""
							+ attribute.getName() + "\" (one of " + ValueKind.literals(type) + ")");
					return null;
				}
				break;
		}
		problems.add(parser.currentTokenLocation(), "\"" + attribute.getName() + "\" takes " + describe(kind)
				+ ", not " + (token.isStructStart() ? "an " + (token == JsonToken.START_ARRAY ? "array" : "object") : parser.getText()));
		parser.skipChildren();
		return null;
	}

	private static String describe(ValueKind kind) {
		return switch (kind) {
			case STRING -> "a string";
			case INTEGER -> "a whole number";
			case BOOLEAN -> "true or false";
			case DECIMAL -> "a number";
			case ENUM -> "a name";
		};
	}
}
