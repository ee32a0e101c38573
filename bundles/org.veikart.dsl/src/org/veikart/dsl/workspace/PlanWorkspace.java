package org.veikart.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.veikart.dsl.PlanStandaloneSetup;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Loads plan files the way the language server and the command line see them: all {@code .plan}
 * files of a folder (and its sub-folders, except hidden ones) in one resource set, with the SDG
 * catalogue installed, so that references between files (shared actors, plans that concretise other
 * plans) resolve through Xtext's index of that resource set. Loading never throws for bad content:
 * syntax and linking problems are in each resource's errors and in {@link #validate(Resource)}.
 */
public class PlanWorkspace {

	/** The file extension of plan files, without the dot. */
	public static final String EXTENSION = "plan";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceFactory resourceFactory;

	/** @return a workspace using the shared injector of {@link PlanStandaloneSetup#doSetup()} */
	public static PlanWorkspace create() {
		return create(PlanStandaloneSetup.doSetup());
	}

	/** @return a workspace whose services come from {@code injector} (the plan language's injector) */
	public static PlanWorkspace create(Injector injector) {
		return injector.getInstance(PlanWorkspace.class);
	}

	/**
	 * @return a new, empty resource set for plan files ({@code .plan} and XMI), hardened and with the
	 *         SDG catalogue installed ({@link PlanResourceSets#harden})
	 */
	public XtextResourceSet newResourceSet() {
		return PlanResourceSets.harden(resourceSets.get(), resourceFactory);
	}

	/**
	 * Loads every {@code .plan} file below {@code folder} (sorted by path) into a new resource set and
	 * resolves all references between them.
	 *
	 * @throws UncheckedIOException naming the file or folder that cannot be read
	 */
	public XtextResourceSet loadFolder(Path folder) {
		XtextResourceSet resourceSet = newResourceSet();
		for (Path file : planFiles(folder)) {
			load(resourceSet, file);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	/**
	 * @return the {@code .plan} files below {@code folder}, sorted; hidden folders are skipped
	 * @throws UncheckedIOException if the folder cannot be listed
	 */
	public static List<Path> planFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
					.filter(file -> file.getFileName().toString().endsWith("." + EXTENSION))
					.filter(file -> !isHidden(folder, file))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot list the plan files of " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The rule for hidden content (e.g. {@code .git}): a path below {@code folder} is hidden when a
	 * name on the way from {@code folder} to it (itself included, {@code folder} not) starts with a dot.
	 */
	public static boolean isHidden(Path folder, Path path) {
		for (Path segment : folder.relativize(path)) {
			if (segment.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** Loads one context file in the caller's way; whatever it throws only skips that file. */
	@FunctionalInterface
	public interface ContextLoader {
		void load(Path file) throws Exception;
	}

	/**
	 * Loads the link context of {@code files}: every other {@code .plan} file below their folders,
	 * each once, through {@code loader}. The named files themselves are left to the caller. A file
	 * that cannot be read, or a folder that cannot be listed, is skipped: it matters only if a plan
	 * refers to it, and linking reports that then.
	 *
	 * @param files the files whose folders give the context (those of .xmi files usually don't)
	 */
	public static void loadContext(Collection<Path> files, ContextLoader loader) {
		Set<Path> named = new LinkedHashSet<>();
		Set<Path> folders = new LinkedHashSet<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			named.add(absolute);
			if (absolute.getParent() != null) {
				folders.add(absolute.getParent());
			}
		}
		Set<Path> loaded = new LinkedHashSet<>(named);
		for (Path folder : folders) {
			List<Path> context;
			try {
				context = planFiles(folder);
			} catch (UncheckedIOException e) {
				continue; // the folder cannot be listed: the named files stand alone
			}
			for (Path file : context) {
				if (loaded.add(file.toAbsolutePath().normalize())) {
					try {
						loader.load(file);
					} catch (Exception e) {
						// an unreadable neighbour only matters if referenced; linking says so then
					}
				}
			}
		}
	}

	/** {@link #loadContext(Collection, ContextLoader)} of one file, loaded with {@link #load}. */
	public void loadContext(XtextResourceSet resourceSet, Path file) {
		loadContext(List.of(file), context -> load(resourceSet, context));
	}

	/**
	 * Loads one file into the resource set (references are resolved lazily, on first access).
	 *
	 * @throws UncheckedIOException naming the file if it cannot be read
	 */
	public XtextResource load(XtextResourceSet resourceSet, Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		try {
			return (XtextResource) resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			resourceSet.getResources().removeIf(resource -> uri.equals(resource.getURI()));
			throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(),
					e.getCause() instanceof IOException io ? io : new IOException(e));
		}
	}

	/** Parses plan text as if it were the file at {@code uri} (which need not exist). */
	public XtextResource parse(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen for an in-memory stream
		}
		return resource;
	}

	/** @return all problems of the resource: syntax, linking and validation, in document order */
	public List<Issue> validate(Resource resource) {
		List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		issues.sort((a, b) -> Integer.compare(a.getOffset() == null ? 0 : a.getOffset(), b.getOffset() == null ? 0 : b.getOffset()));
		return issues;
	}
}
