package org.veikart.generator.csv;

import java.util.ArrayList;
import java.util.List;

import org.veikart.generator.ImportProblem;

/**
 * Reads RFC 4180 CSV (comma, optional quotes, quotes doubled inside quoted fields, CRLF or LF line
 * ends, a leading UTF-8 byte order mark ignored) and keeps each field's line and column, so import
 * problems can point at the cell. Malformed input (a quote inside an unquoted field, text after a
 * closing quote, an unterminated quoted field) is reported with its position.
 */
final class CsvReader {

	/** One field with the 1-based line and column where it starts. */
	record Field(String value, int line, int column) {
	}

	private final String file;
	private final String text;
	private final List<ImportProblem> problems;
	private int pos;
	private int line = 1;
	private int lineStart;

	CsvReader(String file, String text, List<ImportProblem> problems) {
		this.file = file;
		this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		this.problems = problems;
	}

	/** @return the records (rows) of the text; blank last line ignored; after a syntax problem, what was read before it */
	List<List<Field>> records() {
		List<List<Field>> records = new ArrayList<>();
		while (pos < text.length()) {
			List<Field> record = record();
			if (record == null) {
				break;
			}
			records.add(record);
		}
		return records;
	}

	private List<Field> record() {
		List<Field> fields = new ArrayList<>();
		while (true) {
			int fieldLine = line;
			int fieldColumn = pos - lineStart + 1;
			String value = text.startsWith("\"", pos) ? quoted() : plain();
			if (value == null) {
				return null;
			}
			fields.add(new Field(value, fieldLine, fieldColumn));
			if (pos >= text.length()) {
				return fields;
			}
			char c = text.charAt(pos);
			if (c == ',') {
				pos++;
			} else {
				pos += text.startsWith("\r\n", pos) ? 2 : 1; // end of record
				line++;
				lineStart = pos;
				return fields;
			}
		}
	}

	private String plain() {
		int start = pos;
		while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
			if (text.charAt(pos) == '"') {
				problem("a quote inside an unquoted field (quote the whole field and double the quote)");
				return null;
			}
			pos++;
		}
		return text.substring(start, pos);
	}

	private String quoted() {
		int startLine = line;
		int startColumn = pos - lineStart + 1;
		pos++;
		StringBuilder value = new StringBuilder();
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '"') {
				if (text.startsWith("\"\"", pos)) {
					value.append('"');
					pos += 2;
					continue;
				}
				pos++;
				if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
					problem("text after the closing quote of a field");
					return null;
				}
				return value.toString();
			}
			if (c == '\n') {
				line++;
				lineStart = pos + 1;
			}
			value.append(c);
			pos++;
		}
		problems.add(new ImportProblem(file, startLine, startColumn, "a quoted field is not closed"));
		return null;
	}

	private void problem(String message) {
		problems.add(new ImportProblem(file, line, pos - lineStart + 1, message));
	}
}
