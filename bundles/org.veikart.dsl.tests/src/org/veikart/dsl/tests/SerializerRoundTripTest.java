package org.veikart.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.VeikartPackage;

/**
 * Serializer round trip: text -> model -> text -> model gives an EMF-equal model. The model is
 * serialized twice: as parsed (with its node model, as the editor does) and as a copy without any node
 * model (as after an XMI or JSON import), which exercises the serializer's choices for every rule.
 * metaclasses/every-metaclass.plan uses every metaclass and sets every writable feature, which
 * {@link #theMetaclassFileReallyCoversEveryMetaclassAndFeature()} checks.
 */
class SerializerRoundTripTest {

	private static final Set<String> NOT_IN_PLANS = Set.of("SdgCatalogue", "SdgGoal", "SdgTarget", "ActorRegistry");

	@ParameterizedTest
	@ValueSource(strings = { "metaclasses/every-metaclass.plan", "metaclasses/other-plan.plan",
			"lillestrom/handlingsplan-2022.plan", "lillestrom/strategi-2022.plan", "lillestrom/actors.plan" })
	void modelWithoutNodeModelSerializesToTextThatParsesToAnEqualModel(String file) {
		Path path = PlanTesting.RESOURCES.resolve(file);
		XtextResourceSet folder = PlanTesting.WORKSPACE.loadFolder(path.getParent());
		EObject original = root(folder, path);
		assertEquals(List.of(), errors(original.eResource()), PlanTesting.located((XtextResource) original.eResource()));

		Resource copyResource = folder.createResource(URI.createURI("memory:/copy-of-" + path.getFileName()));
		EObject copy = EcoreUtil.copy(original);
		copyResource.getContents().add(copy);
		String text = PlanTesting.serialize(copy);

		EObject reparsed = reparse(path, text);
		assertNull(ModelDiff.firstDifference(original, reparsed), text);
		assertTrue(EcoreUtil.equals(original, reparsed), text);
		// the serializer's output is already in canonical layout
		assertEquals(text, PlanTesting.format((XtextResource) reparsed.eResource()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "metaclasses/every-metaclass.plan", "lillestrom/handlingsplan-2022.plan" })
	void parsedModelSerializesToTextThatParsesToAnEqualModel(String file) {
		Path path = PlanTesting.RESOURCES.resolve(file);
		EObject original = root(PlanTesting.WORKSPACE.loadFolder(path.getParent()), path);
		String text = PlanTesting.serialize(original);
		EObject reparsed = reparse(path, text);
		assertNull(ModelDiff.firstDifference(original, reparsed), text);
		assertTrue(EcoreUtil.equals(original, reparsed), text);
	}

	@Test
	void aStatedDefaultKindSurvivesAndAnUnstatedOneStaysUnstated() {
		XtextResource stated = PlanTesting.parse("""
				plan p "Plan" {
				  kind strategy
				  part del "Strategidel" {
				    kind strategy-part
				  }
				}
				""");
		org.veikart.model.Plan plan = (org.veikart.model.Plan) stated.getContents().get(0);
		assertTrue(plan.isSetKind(), "a stated default kind is set");
		EObject copy = EcoreUtil.copy(plan);
		stated.getResourceSet().createResource(URI.createURI("memory:/kind-copy.plan")).getContents().add(copy);
		String text = PlanTesting.serialize(copy);
		assertTrue(text.contains("kind strategy\n"), text);
		assertTrue(text.contains("kind strategy-part"), text);

		XtextResource unstated = PlanTesting.parse("plan q \"Plan\" { }\n");
		org.veikart.model.Plan other = (org.veikart.model.Plan) unstated.getContents().get(0);
		assertEquals(false, other.isSetKind());
		assertTrue(!PlanTesting.serialize(other).contains("kind"));
	}

	@Test
	void commentsOfAParsedModelSurviveSerialization() {
		Path path = PlanTesting.RESOURCES.resolve("lillestrom/handlingsplan-2022.plan");
		EObject original = root(PlanTesting.WORKSPACE.loadFolder(path.getParent()), path);
		String text = PlanTesting.serialize(original);
		assertTrue(text.contains("// The main goals are those of the strategy"), "comments survive serialization:\n" + text);
	}

	@Test
	void theMetaclassFileReallyCoversEveryMetaclassAndFeature() {
		Path path = PlanTesting.RESOURCES.resolve("metaclasses/every-metaclass.plan");
		EObject plan = root(PlanTesting.WORKSPACE.loadFolder(path.getParent()), path);
		Set<EClass> used = new HashSet<>();
		Set<EStructuralFeature> set = new HashSet<>();
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(plan, true)) {
			collect(element, used, set);
		}
		collect(plan, used, set);
		for (EClassifier classifier : VeikartPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract() && !NOT_IN_PLANS.contains(type.getName())) {
				assertTrue(used.contains(type), "no " + type.getName() + " in every-metaclass.plan");
				for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
					if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()) {
						assertTrue(set.contains(feature),
								type.getName() + "." + feature.getName() + " is never set in every-metaclass.plan");
					}
				}
			}
		}
	}

	private static void collect(EObject element, Set<EClass> used, Set<EStructuralFeature> set) {
		used.add(element.eClass());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (element.eIsSet(feature)) {
				set.add(feature);
			}
		}
	}

	/** Parses the text in place of the file, next to the other files of its folder. */
	static EObject reparse(Path file, String text) {
		XtextResourceSet resourceSet = PlanTesting.WORKSPACE.newResourceSet();
		for (Path other : PlanWorkspace.planFiles(file.getParent())) {
			if (!other.equals(file)) {
				PlanTesting.WORKSPACE.load(resourceSet, other);
			}
		}
		XtextResource resource = PlanTesting.WORKSPACE.parse(resourceSet,
				URI.createFileURI(file.toString()), text);
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of(), errors(resource), text + "\n" + PlanTesting.located(resource));
		return resource.getContents().get(0);
	}

	static EObject root(XtextResourceSet resourceSet, Path file) {
		return resourceSet.getResource(URI.createFileURI(file.toString()), false).getContents().get(0);
	}

	static List<String> errors(Resource resource) {
		return PlanTesting.issues((XtextResource) resource).stream().filter(issue -> issue.startsWith("ERROR")).toList();
	}
}
