package org.veikart.templates;

import java.util.List;
import java.util.Optional;

/**
 * One version of one template: its header data and its text in the plan language. Made by
 * {@link TemplateLibrary} (or {@link TemplateHeaderParser#parse}); immutable.
 * <p>
 * The text is a complete {@code .plan} file: a header of {@code //@} comment lines (id, version,
 * title, description, kind, parameters), then a {@code plan} whose content is the template. String
 * literals and plain values may contain placeholders {@code ${name}} for the declared parameters.
 * Ids inside a template are the template's element ids: instances get new ids and record the
 * template's in their origin.
 */
public final class Template {

	private final String id;
	private final String version;
	private final String title;
	private final String description;
	private final TemplateKind kind;
	private final List<TemplateParameter> parameters;
	private final String location;
	private final String text;

	Template(String id, String version, String title, String description, TemplateKind kind,
			List<TemplateParameter> parameters, String location, String text) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.description = description;
		this.kind = kind;
		this.parameters = List.copyOf(parameters);
		this.location = location;
		this.text = text;
	}

	/** @return the template id, e.g. "naeringsvennlig-kommune" (the same in every version) */
	public String id() {
		return id;
	}

	/** @return the version, e.g. "2"; compared with {@link Versions} */
	public String version() {
		return version;
	}

	/** @return the title for listings; never null */
	public String title() {
		return title;
	}

	/** @return the description for listings and wizards; never null (may be empty) */
	public String description() {
		return description;
	}

	/** @return what the template holds */
	public TemplateKind kind() {
		return kind;
	}

	/** @return the declared parameters in header order */
	public List<TemplateParameter> parameters() {
		return parameters;
	}

	/** @return the declared parameter named {@code name}, if any */
	public Optional<TemplateParameter> parameter(String name) {
		return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
	}

	/** @return where the template was read from (a file path or "starter:PATH"), used in messages */
	public String location() {
		return location;
	}

	/** @return the full text, header included */
	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return id + " " + version;
	}
}
