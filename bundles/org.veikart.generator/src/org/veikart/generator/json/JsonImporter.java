package org.veikart.generator.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportException;
import org.veikart.generator.ImportProblem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Reads a Veikart JSON document ({@link JsonFormat}) back into a model, driven by the metamodel.
 * <p>
 * Takes the document and an {@link IdIndex} of what references may point to outside the document
 * (other plans, shared actors; SDG ids always resolve). Guarantees: either a complete root element
 * whose references all resolve, or an {@link ImportException} listing every problem with
 * file:line:col (syntax errors, unknown types, features or enum values, wrong value kinds, duplicate
 * or unknown ids, a wrong schema version); never a half-built model. The returned root is in no
 * resource. Not thread-safe per call; create one per import.
 */
public final class JsonImporter {

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

	private final IdIndex context;

	/** @param context where ids that the document does not define are looked up */
	public JsonImporter(IdIndex context) {
		this.context = context;
	}

	/**
	 * @param in   the document (UTF-8, UTF-16 or UTF-32 as JSON allows); not closed
	 * @param file the file name used in problems
	 * @return the root element (a plan or an actor registry), not in any resource
	 */
	public EObject read(InputStream in, String file) throws ImportException, IOException {
		Problems problems = new Problems(file);
		EObject root = null;
		try (JsonParser parser = FACTORY.createParser(in)) {
			parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
			ElementReader reader = new ElementReader(parser, problems);
			root = readDocument(parser, reader, problems);
			if (parser.nextToken() != null) {
				problems.add(parser.currentTokenLocation(), "unexpected content after the end of the document");
			}
			if (root != null && problems.isEmpty()) {
				new LinkResolver(reader.definedIds(), context, problems).resolve(reader.links());
			}
		} catch (JsonProcessingException e) {
			// syntax error: what was read so far is discarded with the rest
			JsonLocation at = e.getLocation();
			problems.add(at, e.getOriginalMessage());
		}
		if (!problems.isEmpty() || root == null) {
			if (problems.isEmpty()) {
				problems.add(null, "the document has no \"" + JsonFormat.ROOT_FIELD + "\"");
			}
			throw new ImportException(problems.list());
		}
		return root;
	}

	private static EObject readDocument(JsonParser parser, ElementReader reader, Problems problems) throws IOException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			problems.add(parser.currentTokenLocation(), "a Veikart JSON document is an object with \""
					+ JsonFormat.VERSION_FIELD + "\" and \"" + JsonFormat.ROOT_FIELD + "\"");
			parser.skipChildren();
			return null;
		}
		EObject root = null;
		boolean versioned = false;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonLocation at = parser.currentTokenLocation();
			JsonToken value = parser.nextToken();
			if (JsonFormat.VERSION_FIELD.equals(name)) {
				versioned = true;
				if (value != JsonToken.VALUE_STRING || !JsonFormat.SCHEMA_VERSION.equals(parser.getText())) {
					problems.add(parser.currentTokenLocation(), "unsupported " + JsonFormat.VERSION_FIELD + " "
							+ parser.getText() + ": this Veikart reads version \"" + JsonFormat.SCHEMA_VERSION + "\"");
				}
			} else if (JsonFormat.ROOT_FIELD.equals(name)) {
				root = reader.readRoot();
			} else {
				problems.add(at, "unknown member \"" + name + "\" (expected \"" + JsonFormat.VERSION_FIELD
						+ "\" and \"" + JsonFormat.ROOT_FIELD + "\")");
				parser.skipChildren();
			}
		}
		if (!versioned) {
			problems.add(parser.currentTokenLocation(), "the document has no \"" + JsonFormat.VERSION_FIELD + "\"");
		}
		return root;
	}

	/** Collects problems of one import with their locations. */
	static final class Problems {
		private final String file;
		private final List<ImportProblem> list = new ArrayList<>();

		Problems(String file) {
			this.file = file;
		}

		void add(JsonLocation at, String message) {
			int line = at == null ? 0 : Math.max(0, at.getLineNr());
			int column = at == null ? 0 : Math.max(0, at.getColumnNr());
			list.add(new ImportProblem(file, line, column, message));
		}

		boolean isEmpty() {
			return list.isEmpty();
		}

		List<ImportProblem> list() {
			return list;
		}
	}
}
