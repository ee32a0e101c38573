package org.veikart.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.veikart.model.check.ModelDiagnostic;
import org.veikart.templates.HeaderLine.Token;

/**
 * Reads the header of a template file: the {@code //@} comment lines before the plan.
 *
 * <pre>
 * //@ template naeringsvennlig-kommune
 * //@ version 2
 * //@ kind theme
 * //@ title "Næringsvennlig kommune"
 * //@ description "Kommunen som tilrettelegger, innkjøper og samarbeidspartner."
 * //@ param kommune "Kommunens navn, f.eks. Sørum"
 * //@ param region "Regionen" default "Viken"
 * </pre>
 *
 * {@code template} and {@code version} are required; {@code kind} defaults to {@code theme}, title to
 * the id. Because the header is a comment, the file stays valid plan-language text.
 */
public final class TemplateHeaderParser {

	/** Template ids: lower-case words joined by '-'. */
	public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
	/** Parameter names, as written inside {@code ${...}}. */
	public static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
	private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]*");
	private static final String MARK = "//@";

	private TemplateHeaderParser() {
	}

	/** @return true if {@code text} starts (after blank and comment lines) with a template header */
	public static boolean hasHeader(String text) {
		for (String line : text.split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.startsWith(MARK)) {
				return true;
			}
			if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * @param location the file name for messages and {@link Template#location()}
	 * @param text     the whole template file
	 * @return the template
	 * @throws TemplateException listing every header problem with line and column
	 */
	public static Template parse(String location, String text) throws TemplateException {
		HeaderBuilder header = new HeaderBuilder(location);
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
				break;
			}
			int mark = line.indexOf(MARK);
			if (trimmed.startsWith(MARK)) {
				try {
					header.line(i + 1, HeaderLine.tokens(line, mark + MARK.length()));
				} catch (IllegalArgumentException e) {
					header.problem(i + 1, 1, e.getMessage());
				}
			}
		}
		return header.build(text);
	}

	/** Collects the header's fields and problems line by line. */
	private static final class HeaderBuilder {
		private final String location;
		private final List<ModelDiagnostic> problems = new ArrayList<>();
		private final List<TemplateParameter> parameters = new ArrayList<>();
		private String id;
		private String version;
		private String title;
		private String description = "";
		private TemplateKind kind = TemplateKind.THEME;

		HeaderBuilder(String location) {
			this.location = location;
		}

		void problem(int line, int column, String message) {
			problems.add(TemplateProblems.error(TemplateProblems.HEADER, message, location, line, column));
		}

		void line(int line, List<Token> tokens) {
			if (tokens.isEmpty()) {
				return;
			}
			Token keyword = tokens.get(0);
			List<Token> args = tokens.subList(1, tokens.size());
			switch (keyword.text()) {
				case "template" -> id = word(line, keyword, args, ID, "a template id (lower-case words joined by '-')");
				case "version" -> version = word(line, keyword, args, VERSION, "a version such as 2 or 1.1");
				case "title" -> title = string(line, keyword, args);
				case "description" -> description = (description.isEmpty() ? "" : description + " ") + string(line, keyword, args);
				case "kind" -> kind(line, keyword, args);
				case "param" -> parameter(line, keyword, args);
				default -> problem(line, keyword.column(), "unknown header keyword '" + keyword.text()
						+ "' (expected template, version, kind, title, description or param)");
			}
		}

		private String word(int line, Token keyword, List<Token> args, Pattern pattern, String what) {
			if (args.size() != 1 || args.get(0).quoted() || !pattern.matcher(args.get(0).text()).matches()) {
				problem(line, args.isEmpty() ? keyword.column() : args.get(0).column(), keyword.text() + ": expected " + what);
				return null;
			}
			return args.get(0).text();
		}

		private String string(int line, Token keyword, List<Token> args) {
			if (args.size() != 1 || !args.get(0).quoted()) {
				problem(line, keyword.column(), keyword.text() + ": expected one quoted string");
				return "";
			}
			return args.get(0).text();
		}

		private void kind(int line, Token keyword, List<Token> args) {
			String word = args.size() == 1 ? args.get(0).text() : "";
			TemplateKind.of(word).ifPresentOrElse(k -> kind = k, () -> problem(line, keyword.column(),
					"kind: expected one of plan, theme, strategy, measure, indicator"));
		}

		private void parameter(int line, Token keyword, List<Token> args) {
			if (args.isEmpty() || args.get(0).quoted() || !PARAMETER_NAME.matcher(args.get(0).text()).matches()) {
				problem(line, keyword.column(), "param: expected a name (letters, digits, '.', '_', '-'), then a quoted description");
				return;
			}
			String name = args.get(0).text();
			String text = args.size() > 1 && args.get(1).quoted() ? args.get(1).text() : null;
			String defaultValue = null;
			int next = text == null ? 1 : 2;
			if (args.size() == next + 2 && args.get(next).text().equals("default") && args.get(next + 1).quoted()) {
				defaultValue = args.get(next + 1).text();
			} else if (args.size() != next) {
				problem(line, args.get(next).column(), "param " + name + ": expected [\"description\"] [default \"value\"]");
				return;
			}
			if (parameters.stream().anyMatch(p -> p.name().equals(name))) {
				problem(line, args.get(0).column(), "param " + name + " is declared twice");
				return;
			}
			parameters.add(new TemplateParameter(name, text == null ? "" : text, defaultValue, line));
		}

		Template build(String text) throws TemplateException {
			if (id == null && problems.isEmpty()) {
				problem(1, 1, "the template header has no '//@ template ID' line");
			}
			if (version == null && problems.isEmpty()) {
				problem(1, 1, "the template header has no '//@ version V' line");
			}
			if (!problems.isEmpty()) {
				throw new TemplateException(problems);
			}
			return new Template(id, version, title == null ? id : title, description, kind, parameters, location, text);
		}
	}
}
