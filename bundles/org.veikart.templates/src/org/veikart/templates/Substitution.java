package org.veikart.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.veikart.model.check.ModelDiagnostic;

/**
 * Replaces the placeholders {@code ${name}} of a template's text. Placeholders count in plain text and
 * in string literals, not in comments (template documentation may mention them); {@code $${} writes a
 * literal {@code ${}. Inside a string literal the value is escaped for the plan language (quotes,
 * backslashes, line breaks); in plain text
 * it must be a single word or number (letters, digits, '.', '_', '-'), because it becomes a token, and a
 * whole number when the parameter's default is one (a year).
 * Lines are never added or removed, and {@link SourceMap} maps offsets back to the template file.
 */
public final class Substitution {

	private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9_.-]+");

	/** The filled-in text and how to map it back. */
	public record Result(String text, SourceMap sourceMap) {
	}

	private Substitution() {
	}

	/**
	 * Checks {@code given} against the declared parameters and fills the template: given values, then
	 * declared defaults.
	 *
	 * @throws TemplateException naming each unknown given parameter, each placeholder of an undeclared
	 *                           parameter, each required parameter without a value, with file:line:col
	 */
	public static Result fill(Template template, Map<String, String> given) throws TemplateException {
		List<ModelDiagnostic> problems = new ArrayList<>();
		for (String name : given.keySet()) {
			if (template.parameter(name).isEmpty()) {
				problems.add(problem(template, 1, 1, "unknown parameter '" + name + "' for template " + template.id()
						+ " (declared: " + declared(template) + ")"));
			}
		}
		Result result = fill(template, (parameter, inString) -> given.getOrDefault(parameter.name(), parameter.defaultValue()), problems);
		if (!problems.isEmpty()) {
			throw new TemplateException(problems);
		}
		return result;
	}

	/**
	 * Fills the template with values from {@code values}; problems are added to {@code problems}.
	 *
	 * @return the filled text (meaningful only when no problem was added)
	 */
	public static Result fill(Template template, ParameterValues values, List<ModelDiagnostic> problems) {
		String raw = template.text();
		SourceMap map = new SourceMap(raw);
		StringBuilder out = new StringBuilder(raw.length());
		Set<String> reportedMissing = new LinkedHashSet<>();
		Lexer lexer = new Lexer(raw);
		int i = 0;
		while (i < raw.length()) {
			lexer.advanceTo(i);
			if (!lexer.inComment() && raw.startsWith("$${", i)) {
				map.replaced(out.length(), out.length() + 2, i, i + 3);
				out.append("${");
				i += 3;
			} else if (!lexer.inComment() && raw.startsWith("${", i)) {
				int end = raw.indexOf('}', i);
				int lineEnd = raw.indexOf('\n', i);
				if (end < 0 || lineEnd >= 0 && lineEnd < end) {
					problems.add(problem(template, map, i, "'${' is not closed with '}' on this line"));
					out.append(raw.charAt(i++));
					continue;
				}
				String name = raw.substring(i + 2, end);
				String value = value(template, values, name, lexer.inString(), map, i, reportedMissing, problems);
				int start = out.length();
				out.append(value);
				map.replaced(start, out.length(), i, end + 1);
				i = end + 1;
			} else {
				out.append(raw.charAt(i++));
			}
		}
		return new Result(out.toString(), map);
	}

	private static String value(Template template, ParameterValues values, String name, boolean inString, SourceMap map,
			int offset, Set<String> reportedMissing, List<ModelDiagnostic> problems) {
		TemplateParameter parameter = template.parameter(name).orElse(null);
		if (parameter == null) {
			problems.add(problem(template, map, offset, "${" + name + "} is not a declared parameter of template "
					+ template.id() + " (declared: " + declared(template) + ")"));
			return "";
		}
		String value = values.value(parameter, inString);
		if (value == null) {
			if (reportedMissing.add(name)) {
				problems.add(problem(template, map, offset, "parameter '" + name + "' has no value and no default"
						+ (parameter.description().isEmpty() ? "" : " (" + parameter.description() + ")")
						+ "; give it with --param " + name + "=VALUE"));
			}
			return "";
		}
		if (inString) {
			return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'").replace("\n", "\\n").replace("\r", "");
		}
		if (!PLAIN_VALUE.matcher(value).matches()) {
			problems.add(problem(template, map, offset, "parameter '" + name + "' is used outside a string here, so its value must be"
					+ " one word or number (letters, digits, '.', '_', '-'), not \"" + value + "\""));
			return "";
		}
		if (parameter.defaultValue() != null && parameter.defaultValue().matches("\\d+") && !value.matches("\\d+")) {
			// a number in plain text (a year, a count): a word would only fail later as a syntax error
			problems.add(problem(template, map, offset, "parameter '" + name + "' must be a whole number (like its default "
					+ parameter.defaultValue() + "), not \"" + value + "\""));
			return "";
		}
		return value;
	}

	private static String declared(Template template) {
		return template.parameters().isEmpty() ? "none"
				: String.join(", ", template.parameters().stream().map(TemplateParameter::name).toList());
	}

	private static ModelDiagnostic problem(Template template, SourceMap map, int rawOffset, String message) {
		return problem(template, map.line(rawOffset), map.column(rawOffset), message);
	}

	private static ModelDiagnostic problem(Template template, int line, int column, String message) {
		return TemplateProblems.error(TemplateProblems.PARAMETER, message, template.location(), line, column);
	}
}
