package org.veikart.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.veikart.generator.csv.CsvExporter;
import org.veikart.generator.html.HtmlReport;
import org.veikart.generator.html.ReportFigureSource;
import org.veikart.generator.json.JsonExporter;
import org.veikart.generator.json.JsonFormat;
import org.veikart.generator.json.JsonSchemaGenerator;

/**
 * The export formats and the files each makes from a set of loaded roots (plans, actor registries):
 * <ul>
 * <li>JSON: {@code <root id>.json} per root plus the JSON Schema {@value JsonFormat#SCHEMA_FILE};</li>
 * <li>HTML: the report site ({@link HtmlReport});</li>
 * <li>CSV: a folder {@code <root id>/} per root with one {@code <Type>.csv} per metaclass.</li>
 * </ul>
 * Root ids name files, so they must be file-safe and distinct ({@link ExportException} otherwise).
 */
public enum ExportFormat {
	JSON, HTML, CSV;

	private static final Pattern FILE_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/** @return the format named (case-insensitive) "json", "html" or "csv" */
	public static Optional<ExportFormat> named(String name) {
		for (ExportFormat format : values()) {
			if (format.name().equalsIgnoreCase(name)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** @return "json", "html" or "csv" */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @return relative file name to content
	 * @throws ExportException if the model cannot be exported (unresolved reference, unusable root id)
	 */
	public Map<String, byte[]> generate(List<? extends EObject> roots, ReportFigureSource figures) {
		if (this == HTML) {
			return new HtmlReport(figures).render(roots);
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (EObject root : roots) {
			String name = fileNameOf(root);
			if (this == JSON) {
				put(files, name + ".json", json(root));
			} else {
				new CsvExporter().export(root).forEach((file, content) -> put(files, name + "/" + file, content));
			}
		}
		if (this == JSON) {
			files.put(JsonFormat.SCHEMA_FILE, new JsonSchemaGenerator().generate().getBytes(StandardCharsets.UTF_8));
		}
		return files;
	}

	/** @return the root's id if it can name a file */
	public static String fileNameOf(EObject root) {
		String id = ElementIdentity.idOf(root);
		if (id == null || !FILE_SAFE.matcher(id).matches()) {
			throw new ExportException(ElementIdentity.describe(root) + ": the id " + id
					+ " cannot name an output file (use letters, digits, '.', '_' and '-')");
		}
		return id;
	}

	private static void put(Map<String, byte[]> files, String name, byte[] content) {
		if (files.putIfAbsent(name, content) != null) {
			throw new ExportException("two files would be named " + name + ": ids of the exported roots must differ");
		}
	}

	private static byte[] json(EObject root) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new JsonExporter().write(root, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
