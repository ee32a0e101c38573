package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veikart.dsl.workspace.PlanWorkspace;

/**
 * Every example in {@code <veikart.root>/examples}: the serializer writes a model without node model
 * (as after an import) to text that parses to an EMF-equal model, and formatting the example is
 * idempotent and does not change its model.
 */
class ExampleFilesRoundTripTest {

	static List<Path> examples() {
		Path folder = Path.of(System.getProperty("veikart.root", "../..")).toAbsolutePath().normalize()
				.resolve("examples");
		List<Path> files = PlanWorkspace.planFiles(folder);
		assertFalse(files.isEmpty(), "no .plan files in " + folder);
		return files;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void serializingTheModelGivesTextOfAnEqualModel(Path file) {
		XtextResourceSet folder = PlanTesting.WORKSPACE.loadFolder(file.getParent());
		EObject original = SerializerRoundTripTest.root(folder, file);
		Resource copyResource = folder.createResource(URI.createURI("memory:/copy-of-" + file.getFileName()));
		EObject copy = EcoreUtil.copy(original);
		copyResource.getContents().add(copy);
		String text = PlanTesting.serialize(copy);

		EObject reparsed = SerializerRoundTripTest.reparse(file, text);
		assertNull(ModelDiff.firstDifference(original, reparsed), file.getFileName().toString());
		assertTrue(EcoreUtil.equals(original, reparsed), file.getFileName().toString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void formattingIsIdempotentAndKeepsTheModel(Path file) {
		XtextResourceSet folder = PlanTesting.WORKSPACE.loadFolder(file.getParent());
		XtextResource resource = (XtextResource) folder.getResource(URI.createFileURI(file.toString()), false);
		String once = PlanTesting.format(resource);

		EObject reparsed = SerializerRoundTripTest.reparse(file, once);
		assertNull(ModelDiff.firstDifference(resource.getContents().get(0), reparsed), once);
		String twice = PlanTesting.format((XtextResource) reparsed.eResource());
		assertEquals(once, twice, "formatting " + file.getFileName() + " a second time changed it");
	}
}
