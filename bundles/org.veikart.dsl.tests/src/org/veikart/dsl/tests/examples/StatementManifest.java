package org.veikart.dsl.tests.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement manifest {@code examples/sources/<seed>.statements}: UTF-8 text, one statement per line
 * as {@code <example file> <first line>[-<last line>]} (1-based lines of the seed
 * {@code <seed>.txt} next to it); blank lines and {@code #} comments are ignored.
 * <p>
 * Takes the manifest file; guarantees that every entry names an example file and a valid line range
 * of the seed, and that {@link Entry#statement()} is the seed text of that range, normalized with
 * {@link Texts#normalizeSeed(String)}. A malformed line or a range outside the seed fails with the
 * manifest's file name and line.
 */
final class StatementManifest {

	private static final Pattern ENTRY = Pattern.compile("(\\S+\\.plan)\\s+(\\d+)(?:-(\\d+))?");

	/** One listed statement: where it is in the manifest and the seed, and its normalized text. */
	record Entry(Path manifest, int manifestLine, String example, int first, int last, String statement) {

		/** @return "seed.txt line 12-14" for failure messages */
		String where() {
			String seed = manifest.getFileName().toString().replace(".statements", ".txt");
			return seed + " line " + first + (last == first ? "" : "-" + last) + " (" + manifest.getFileName() + ":"
					+ manifestLine + ")";
		}
	}

	private StatementManifest() {
	}

	/** @return the manifests in {@code sources}, sorted by name */
	static List<Path> find(Path sources) {
		try (var files = Files.list(sources)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".statements")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + sources + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @return the entries of the manifest in file order
	 * @throws IllegalArgumentException naming manifest and line for a malformed entry or a bad range
	 */
	static List<Entry> read(Path manifest) {
		Path seed = manifest.resolveSibling(manifest.getFileName().toString().replace(".statements", ".txt"));
		List<String> seedLines = lines(seed);
		List<String> manifestLines = lines(manifest);
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < manifestLines.size(); i++) {
			String line = manifestLines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher matcher = ENTRY.matcher(line);
			String location = manifest.getFileName() + ":" + (i + 1);
			if (!matcher.matches()) {
				throw new IllegalArgumentException(location + ": expected '<example>.plan <line>[-<line>]' but was '" + line + "'");
			}
			int first = Integer.parseInt(matcher.group(2));
			int last = matcher.group(3) == null ? first : Integer.parseInt(matcher.group(3));
			if (first < 1 || last < first || last > seedLines.size()) {
				throw new IllegalArgumentException(location + ": line range " + first + "-" + last + " is not inside "
						+ seed.getFileName() + " (" + seedLines.size() + " lines)");
			}
			String statement = Texts.normalizeSeed(String.join(" ", seedLines.subList(first - 1, last)));
			entries.add(new Entry(manifest, i + 1, matcher.group(1), first, last, statement));
		}
		return entries;
	}

	static List<String> lines(Path file) {
		try {
			// split keeps a last line without line break; Files.readAllLines would too, but this states it
			return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
		}
	}
}
