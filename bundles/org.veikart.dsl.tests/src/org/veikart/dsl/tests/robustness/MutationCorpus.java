package org.veikart.dsl.tests.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.ActorRegistry;

/**
 * The plan files the mutation smoke test mutates: every {@code .plan} file below
 * {@code <veikart.root>/examples} (the seed plans) and below this fragment's {@code resources/} (the
 * test plans), read once. Files whose root is an {@code actors} registry are the shared actors of
 * their folder tree: a mutant is parsed next to them, so that references to actors link.
 */
final class MutationCorpus {

	static final PlanWorkspace WORKSPACE = PlanWorkspace.create(PlanStandaloneSetup.doSetup());

	/** One plan file: where it is, its text, and the actor files it is parsed with. */
	record PlanFile(Path path, String text, List<PlanFile> sharedActors) {
		URI uri() {
			return URI.createFileURI(path.toString());
		}

		String name() {
			return path.getParent().getFileName() + "/" + path.getFileName();
		}
	}

	private MutationCorpus() {
	}

	/** @return {@code <veikart.root>/examples}, whether it exists or not (the corpus test requires it) */
	static Path examples() {
		return Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize().resolve("examples");
	}

	/** @return the folders searched for plan files that exist: the examples, then the test resources */
	static List<Path> folders() {
		List<Path> folders = new ArrayList<>();
		for (Path folder : List.of(examples(), Path.of("resources").toAbsolutePath())) {
			if (Files.isDirectory(folder)) {
				folders.add(folder);
			}
		}
		return folders;
	}

	/** @return every plan file of {@link #folders()}, each with the actor files of its folder tree */
	static List<PlanFile> planFiles() {
		List<PlanFile> result = new ArrayList<>();
		for (Path folder : folders()) {
			List<Path> paths = PlanWorkspace.planFiles(folder);
			List<PlanFile> actors = new ArrayList<>();
			for (Path path : paths) {
				String text = read(path);
				if (isActorRegistry(path, text)) {
					actors.add(new PlanFile(path, text, List.of()));
				}
			}
			for (Path path : paths) {
				List<PlanFile> others = actors.stream().filter(file -> !file.path().equals(path)).toList();
				result.add(new PlanFile(path, read(path), others));
			}
		}
		return result;
	}

	private static boolean isActorRegistry(Path path, String text) {
		XtextResource resource = WORKSPACE.parse(WORKSPACE.newResourceSet(), URI.createFileURI(path.toString()), text);
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ActorRegistry;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
		}
	}
}
