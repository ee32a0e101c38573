package org.veikart.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.veikart.model.check.ModelDiagnostic;

/**
 * A set of templates, every version of each. Entry points for the command line and the workbench's
 * New Plan wizard:
 * <ul>
 * <li>{@link #starter()}: the library shipped in this bundle ({@code library/}, listed in
 * {@code library/index.txt});</li>
 * <li>{@link #open(Path)}: a consultant's own folder: every {@code .plan} file below it (hidden folders
 * skipped) that starts with a {@code //@ template} header.</li>
 * </ul>
 * Older versions stay in the library (one file per version, e.g. {@code theme/theme-1.plan},
 * {@code theme/theme-2.plan}) because a template update merges from the version a plan was made from.
 * Every file is read and its header checked when the library is opened; an id with the same version
 * twice is an error.
 */
public final class TemplateLibrary {

	private static final String STARTER_INDEX = "/library/index.txt";

	private final TreeMap<String, TreeMap<String, Template>> byId = new TreeMap<>();
	private final String location;

	private TemplateLibrary(String location) {
		this.location = location;
	}

	/**
	 * @return the starter library shipped with Veikart
	 * @throws TemplateException if a shipped template is broken (a build error, caught by the tests)
	 */
	public static TemplateLibrary starter() throws TemplateException {
		TemplateLibrary library = new TemplateLibrary("starter library");
		List<ModelDiagnostic> problems = new ArrayList<>();
		for (String path : read(STARTER_INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
			library.add("starter:library/" + path, read("/library/" + path), problems);
		}
		return library.checked(problems);
	}

	/**
	 * @param folder a folder of template files
	 * @return the templates found below it
	 * @throws TemplateException for broken headers and duplicate versions (all listed)
	 * @throws UncheckedIOException if the folder or a file cannot be read
	 */
	public static TemplateLibrary open(Path folder) throws TemplateException {
		TemplateLibrary library = new TemplateLibrary(folder.toString());
		List<ModelDiagnostic> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".plan"))
					.filter(f -> !hidden(folder, f)).sorted().toList()) {
				String text;
				try {
					text = Files.readString(file, StandardCharsets.UTF_8);
				} catch (java.nio.charset.CharacterCodingException e) {
					problems.add(TemplateProblems.error(TemplateProblems.LIBRARY,
							"not UTF-8 text (a binary file?); a template file must be UTF-8 plan text", file.toString(), 1, 1));
					continue;
				}
				if (TemplateHeaderParser.hasHeader(text)) {
					library.add(file.toString(), text, problems);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the template library " + folder + ": " + e.getMessage(), e);
		}
		return library.checked(problems);
	}

	private static boolean hidden(Path folder, Path file) {
		for (Path segment : folder.relativize(file)) {
			if (segment.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static String read(String resource) {
		try (InputStream in = TemplateLibrary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("the starter library has no " + resource));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void add(String file, String text, List<ModelDiagnostic> problems) {
		try {
			Template template = TemplateHeaderParser.parse(file, text);
			Template previous = byId.computeIfAbsent(template.id(), id -> new TreeMap<>(Versions.ORDER))
					.putIfAbsent(template.version(), template);
			if (previous != null) {
				problems.add(TemplateProblems.error(TemplateProblems.LIBRARY, "template " + template.id() + " version "
						+ template.version() + " is also defined in " + previous.location(), file, 1, 1));
			}
		} catch (TemplateException e) {
			problems.addAll(e.problems());
		}
	}

	private TemplateLibrary checked(List<ModelDiagnostic> problems) throws TemplateException {
		if (!problems.isEmpty()) {
			throw new TemplateException(problems);
		}
		return this;
	}

	/** @return the newest version of every template, sorted by id */
	public List<Template> latest() {
		return byId.values().stream().map(versions -> versions.lastEntry().getValue()).toList();
	}

	/** @return every version of {@code id}, oldest first; empty if unknown */
	public List<Template> versions(String id) {
		TreeMap<String, Template> versions = byId.get(id);
		return versions == null ? List.of() : List.copyOf(versions.values());
	}

	/** @return the newest version of {@code id}, if the library has it */
	public Optional<Template> find(String id) {
		return Optional.ofNullable(byId.get(id)).map(versions -> versions.lastEntry().getValue());
	}

	/** @return the given version of {@code id}, if the library has it */
	public Optional<Template> find(String id, String version) {
		return Optional.ofNullable(byId.get(id)).map(versions -> versions.get(version));
	}

	/**
	 * @return the template, newest version when {@code version} is null
	 * @throws TemplateException naming the unknown id (with the closest known ids) or version
	 */
	public Template require(String id, String version) throws TemplateException {
		Optional<Template> found = version == null ? find(id) : find(id, version);
		if (found.isPresent()) {
			return found.get();
		}
		if (byId.containsKey(id)) {
			// the template is known: point at its newest version's file
			Template newest = byId.get(id).lastEntry().getValue();
			throw new TemplateException(List.of(TemplateProblems.error(TemplateProblems.LIBRARY, "template " + id + " has no version "
					+ version + " (known: " + String.join(", ", byId.get(id).keySet()) + ")", newest.location(), 1, 1)));
		}
		// no file to point at: line 0 means "no place in a file"
		throw new TemplateException(List.of(TemplateProblems.error(TemplateProblems.LIBRARY,
				"no template " + id + " in the " + location + closest(id), location, 0, 0)));
	}

	private String closest(String id) {
		return byId.keySet().stream()
				.min(Comparator.comparingInt(known -> org.veikart.model.text.EditDistance.between(known, id)))
				.map(known -> "; did you mean " + known + "?").orElse("");
	}

	/** @return where the library was read from, for messages */
	public String location() {
		return location;
	}
}
