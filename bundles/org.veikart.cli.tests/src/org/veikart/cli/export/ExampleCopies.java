package org.veikart.cli.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the repository's example plans ({@code <veikart.root>/examples/*.plan}) into a test folder. */
public final class ExampleCopies {

	private ExampleCopies() {
	}

	/** @return {@code folder}, now holding a copy of every example .plan file */
	public static Path copyTo(Path folder) throws IOException {
		Path examples = Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize().resolve("examples");
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		return folder;
	}
}
