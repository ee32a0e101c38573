package org.veikart.generator.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma separated, CRLF line ends, a field quoted (with doubled quotes inside)
 * when it contains a comma, quote, CR or LF or starts or ends with a space. The text starts with a
 * UTF-8 byte order mark, because Excel reads UTF-8 without it as a legacy code page and garbles
 * æ, ø and å; {@link CsvReader} accepts files with and without it.
 */
final class CsvWriter {

	private static final String BOM = "\uFEFF";

	private final StringBuilder out = new StringBuilder(BOM);

	void row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			field(fields.get(i) == null ? "" : fields.get(i));
		}
		out.append("\r\n");
	}

	private void field(String value) {
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0 || value.startsWith(" ") || value.endsWith(" ");
		if (!quote) {
			out.append(value);
			return;
		}
		out.append('"').append(value.replace("\"", "\"\"")).append('"');
	}

	byte[] toBytes() {
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}
}
