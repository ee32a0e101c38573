package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;

/** Loading a folder of plan files: which files, how references between them resolve, and errors. */
class PlanWorkspaceTest {

	@Test
	void planFilesAreFoundInSubFoldersSortedAndHiddenFoldersAreSkipped(@TempDir Path folder) throws IOException {
		Files.createDirectories(folder.resolve("b/nested"));
		Files.createDirectories(folder.resolve(".hidden"));
		Files.writeString(folder.resolve("b/nested/z.plan"), "plan z \"Z\" { }");
		Files.writeString(folder.resolve("a.plan"), "plan a \"A\" { concretises z }");
		Files.writeString(folder.resolve(".hidden/h.plan"), "plan h \"H\" { }");
		Files.writeString(folder.resolve("notes.txt"), "not a plan");
		assertEquals(List.of(folder.resolve("a.plan"), folder.resolve("b/nested/z.plan")), PlanWorkspace.planFiles(folder));

		XtextResourceSet loaded = PlanTesting.WORKSPACE.loadFolder(folder);
		Plan a = (Plan) loaded.getResources().get(1).getContents().get(0);
		Plan z = (Plan) loaded.getResources().get(2).getContents().get(0);
		assertEquals("veikart:/sdg/2020", loaded.getResources().get(0).getURI().toString());
		assertEquals(z, a.getRelations().get(0).getTargetPlan(), "a reference into a sub-folder resolves");
	}

	@Test
	void contextIsEveryOtherPlanOfTheNamedFilesFoldersOnceAndFailuresOnlySkipTheirFile(@TempDir Path folder)
			throws IOException {
		Files.createDirectories(folder.resolve("sub"));
		Path a = Files.writeString(folder.resolve("a.plan"), "plan a \"A\" { }");
		Path b = Files.writeString(folder.resolve("b.plan"), "plan b \"B\" { }");
		Path c = Files.writeString(folder.resolve("c.plan"), "plan c \"C\" { }");
		Path d = Files.writeString(folder.resolve("sub/d.plan"), "plan d \"D\" { }");
		List<Path> asked = new java.util.ArrayList<>();
		PlanWorkspace.loadContext(List.of(a, b, folder.resolve("sub/../a.plan")), file -> {
			asked.add(file);
			if (file.equals(c)) {
				throw new UncheckedIOException(new IOException("unreadable"));
			}
		});
		assertEquals(List.of(c, d), asked, "named files left out, each neighbour once, a failure goes on");

		XtextResourceSet resourceSet = PlanTesting.WORKSPACE.newResourceSet();
		PlanTesting.WORKSPACE.loadContext(resourceSet, b);
		assertEquals(List.of("a.plan", "c.plan", "d.plan"), resourceSet.getResources().stream()
				.map(r -> r.getURI().lastSegment()).filter(name -> name.endsWith(".plan")).toList());
	}

	@Test
	void aMissingFolderIsAnErrorNamingTheFolder(@TempDir Path folder) {
		Path missing = folder.resolve("does-not-exist");
		UncheckedIOException error = assertThrows(UncheckedIOException.class,
				() -> PlanTesting.WORKSPACE.loadFolder(missing));
		assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
	}

	@Test
	void anUnreadableFileIsAnErrorNamingTheFile(@TempDir Path folder) throws IOException {
		Path directoryNamedLikeAPlan = Files.createDirectories(folder.resolve("x.plan"));
		XtextResourceSet resourceSet = PlanTesting.WORKSPACE.newResourceSet();
		UncheckedIOException error = assertThrows(UncheckedIOException.class,
				() -> PlanTesting.WORKSPACE.load(resourceSet, directoryNamedLikeAPlan));
		assertTrue(error.getMessage().startsWith("Cannot read " + directoryNamedLikeAPlan), error.getMessage());
		assertEquals(1, resourceSet.getResources().size(), "the failed resource is removed again");
	}
}
