package org.veikart.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.model.FocusArea;
import org.veikart.model.Plan;
import org.veikart.model.VeikartPackage;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.check.Severity;
import org.veikart.model.tests.Fixtures;

/** Hostile and broken files are rejected with one clear, positioned error; loading writes nothing. */
class HardenedLoadTest
{
	@TempDir
	Path dir;

	private ModelDiagnostic rejected(String fixture) throws Exception
	{
		return rejected(PlanResources.newResourceSet(), fixture);
	}

	/** The exception of the last {@link #rejected} call. */
	private ModelLoadException failure;

	private ModelDiagnostic rejected(ResourceSet set, String fixture) throws Exception
	{
		Path file = Fixtures.copy(fixture, dir);
		Map<String, String> before = Fixtures.snapshot(dir);
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> PlanResources.load(set, file));
		failure = e;
		ModelDiagnostic d = e.diagnostic();
		assertEquals(d.format(), e.getMessage());
		assertEquals(Severity.ERROR, d.severity());
		assertEquals(file.toAbsolutePath().toString(), d.file(), "names the file");
		assertEquals(List.of(), set.getResources(), "a failed load leaves no resource behind");
		assertEquals(before, Fixtures.snapshot(dir), "loading touched nothing on disk");
		return d;
	}

	private static int lineOf(Path file, String text) throws Exception
	{
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++)
		{
			if (lines.get(i).contains(text))
			{
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	@Test
	void externalEntityIsRejectedAndTheSecretNeverRead() throws Exception
	{
		String secret = "TOP-SECRET-" + UUID.randomUUID();
		Files.writeString(dir.resolve("secret.txt"), secret);
		ResourceSet set = PlanResources.newResourceSet();

		ModelDiagnostic d = rejected(set, "xxe.xmi");

		assertEquals(ModelIssueCodes.LOAD_DOCTYPE_NOT_ALLOWED, d.code());
		assertEquals(lineOf(dir.resolve("xxe.xmi"), "<!DOCTYPE"), d.line());
		assertTrue(d.column() > 0, d.format());
		assertEquals("DOCTYPE declarations are not allowed in Veikart files (they enable external entities and"
				+ " entity expansion); remove the <!DOCTYPE ...> declaration", d.message());
		assertFalse(stackTrace(failure).contains(secret), "the secret appears in no message or cause");
	}

	private static String stackTrace(Throwable t)
	{
		java.io.StringWriter text = new java.io.StringWriter();
		t.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

	@Test
	void crossReferenceToAHostileFileIsNotResolved() throws Exception
	{
		String secret = "TOP-SECRET-" + UUID.randomUUID();
		Files.writeString(dir.resolve("secret.txt"), secret);
		Fixtures.copy("xxe.xmi", dir);
		Path main = Files.writeString(dir.resolve("main.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<veikart:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
				xmlns:veikart="http://veikart.org/plan/1.0" id="plan-main0001" title="Hovedplan">
				  <focusAreas id="area-main0001" code="A" title="Område">
				    <contributesTo xsi:type="veikart:Goal" href="xxe.xmi#plan-xxe00001"/>
				  </focusAreas>
				</veikart:Plan>
				""");
		ResourceSet set = PlanResources.newResourceSet();
		Resource resource = PlanResources.load(set, main);
		Map<String, String> before = Fixtures.snapshot(dir);

		List<ModelDiagnostic> diagnostics = new ModelChecker().check(resource);

		assertEquals(List.of(ModelIssueCodes.DANGLING_REFERENCE), diagnostics.stream().map(d -> d.code()).toList());
		assertEquals("FocusArea 'A Område' (area-main0001): 'contributesTo' refers to 'xxe.xmi#plan-xxe00001',"
				+ " which cannot be resolved", diagnostics.get(0).message());
		Resource hostile = set.getResource(PlanResources.fileUri(dir.resolve("xxe.xmi")), false);
		assertTrue(hostile.getContents().isEmpty(), "the hostile file was not loaded");
		for (Resource.Diagnostic error : hostile.getErrors())
		{
			assertFalse(error.getMessage().contains(secret));
		}
		assertEquals(before, Fixtures.snapshot(dir), "resolving touched nothing on disk");
	}

	@Test
	void externalEntityIsRejectedEvenThroughAPlainResourceSet() throws Exception
	{
		String secret = "TOP-SECRET-" + UUID.randomUUID();
		Files.writeString(dir.resolve("secret.txt"), secret);
		ModelDiagnostic d = rejected(new ResourceSetImpl(), "xxe.xmi");
		assertEquals(ModelIssueCodes.LOAD_DOCTYPE_NOT_ALLOWED, d.code());
		assertFalse(d.format().contains(secret));
	}

	@Test
	void billionLaughsIsRejectedBeforeAnyExpansion() throws Exception
	{
		ModelDiagnostic d = rejected("billion-laughs.xmi");
		assertEquals(ModelIssueCodes.LOAD_DOCTYPE_NOT_ALLOWED, d.code());
		assertEquals(2, d.line(), d.format());
		assertTrue(d.column() > 0, d.format());
	}

	@Test
	void truncatedFileIsRejectedAtItsEnd() throws Exception
	{
		ModelDiagnostic d = rejected("truncated.xmi");
		assertEquals(ModelIssueCodes.LOAD_MALFORMED_XML, d.code());
		assertEquals(Files.readAllLines(dir.resolve("truncated.xmi")).size(), d.line(), d.format());
		assertTrue(d.column() > 0, d.format());
		// The rest of the message is the parser's own (localized) explanation.
		assertTrue(d.message().matches("not well-formed XML \\(is the file truncated or corrupt\\?\\): .+\\."),
				d.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-xml.xmi", "binary.xmi" })
	void corruptFileIsRejected(String fixture) throws Exception
	{
		ModelDiagnostic d = rejected(fixture);
		assertEquals(ModelIssueCodes.LOAD_MALFORMED_XML, d.code(), d.format());
		assertEquals(1, d.line(), d.format());
		assertTrue(d.column() > 0, d.format());
	}

	@Test
	void emptyFileIsRejected() throws Exception
	{
		ModelDiagnostic d = rejected("empty.xmi");
		assertEquals(ModelIssueCodes.LOAD_EMPTY_FILE, d.code());
		assertEquals("the file is empty; expected a Veikart model in XMI", d.message());
		assertEquals(1, d.line());
		assertEquals(1, d.column());
	}

	@Test
	void unknownPackageIsRejectedAtTheRootElement() throws Exception
	{
		ModelDiagnostic d = rejected("unknown-package.xmi");
		assertEquals(ModelIssueCodes.LOAD_UNKNOWN_PACKAGE, d.code());
		assertEquals("unknown model package 'http://evil/1.0': this is not a Veikart plan file", d.message());
		assertEquals(2, d.line(), d.format());
		assertEquals(1, d.column(), d.format());
	}

	@Test
	void schemaLocationCannotMakeTheLoaderReadAForeignMetamodel() throws Exception
	{
		Fixtures.copy("evil.ecore", dir);
		ResourceSet set = PlanResources.newResourceSet();
		ModelDiagnostic d = rejected(set, "unknown-package-schema-location.xmi");
		assertEquals(ModelIssueCodes.LOAD_UNKNOWN_PACKAGE, d.code());
		assertNull(set.getPackageRegistry().getEPackage("http://evil/1.0"));
	}

	@Test
	void unknownFeatureIsRejectedAtItsElement() throws Exception
	{
		ModelDiagnostic d = rejected("unknown-feature.xmi");
		assertEquals(ModelIssueCodes.LOAD_INVALID_CONTENT, d.code());
		assertEquals("Goal '1' has no feature 'colour': the file does not match the Veikart model", d.message());
		assertEquals(3, d.line());
		assertEquals(3, d.column());
	}

	@Test
	void unresolvableIdReferenceInsideTheFileIsRejected() throws Exception
	{
		ModelDiagnostic d = rejected("dangling-idref.xmi");
		assertEquals(ModelIssueCodes.LOAD_INVALID_CONTENT, d.code());
		assertEquals("FocusArea 'A Område' (area-ref00001): 'contributesTo' refers to 'goal-missing1', which is not"
				+ " the id of any element in the file", d.message());
		assertEquals(4, d.line());
		assertEquals(3, d.column());
	}

	@Test
	void missingFileIsOneReadError() throws Exception
	{
		ResourceSet set = PlanResources.newResourceSet();
		Path file = dir.resolve("nothing-here.xmi");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> PlanResources.load(set, file));
		assertEquals(ModelIssueCodes.LOAD_IO_ERROR, e.diagnostic().code());
		assertEquals(file.toAbsolutePath() + ":0:0: error: cannot read the file: file not found", e.getMessage());
		assertEquals(List.of(), set.getResources());
		assertEquals(List.of(), List.of(dir.toFile().list()), "nothing was created");
	}

	@Test
	void directoryIsNotAModelFile() throws Exception
	{
		Path sub = Files.createDirectory(dir.resolve("sub.xmi"));
		ModelLoadException e = assertThrows(ModelLoadException.class,
				() -> PlanResources.load(PlanResources.newResourceSet(), sub));
		assertEquals(ModelIssueCodes.LOAD_IO_ERROR, e.diagnostic().code());
		assertTrue(e.getMessage().endsWith("is not a regular file"), e.getMessage());
	}

	@Test
	void validFileLoadsWithElementPositionsAndTouchesNothing() throws Exception
	{
		Path file = Fixtures.copy("plan-with-untitled-goal.xmi", dir);
		Map<String, String> before = Fixtures.snapshot(dir);
		ResourceSet set = PlanResources.newResourceSet();

		Resource resource = PlanResources.load(set, file);

		assertEquals(before, Fixtures.snapshot(dir), "loading touched nothing on disk");
		Plan plan = (Plan) resource.getContents().get(0);
		assertEquals("Næringsplan for Fiktiv kommune", plan.getTitle());
		assertEquals(resource, PlanResources.load(set, file), "loading again returns the loaded resource");

		// The checker's warning on goal 2 points at its start tag, which spans lines 7-8.
		List<ModelDiagnostic> diagnostics = new ModelChecker().check(resource);
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertEquals(file.toAbsolutePath() + ":7:3: warning: Goal '2' (goal-fixture2) has no title"
				+ " (add a MISSING_IN_SOURCE note if the source has none)", diagnostics.get(0).format());
	}

	@Test
	void elementPositionsAreTheStartOfTheirStartTags() throws Exception
	{
		Path file = Fixtures.copy("plan-with-untitled-goal.xmi", dir);
		Resource resource = PlanResources.load(PlanResources.newResourceSet(), file);
		Plan plan = (Plan) resource.getContents().get(0);
		FocusArea area = plan.getFocusAreas().get(0);
		var locations = org.veikart.model.check.ElementLocations.of(resource).orElseThrow();

		assertEquals("Location[line=2, column=1]", locations.get(plan).orElseThrow().toString());
		assertEquals("Location[line=4, column=3]", locations.get(plan.getPeriod()).orElseThrow().toString());
		assertEquals("Location[line=6, column=3]", locations.get(plan.getGoals().get(0)).orElseThrow().toString());
		assertEquals("Location[line=7, column=3]", locations.get(plan.getGoals().get(1)).orElseThrow().toString());
		assertEquals("Location[line=9, column=3]", locations.get(area).orElseThrow().toString());
		assertEquals("Location[line=11, column=7]",
				locations.get(area.getStrategies().get(0).getMeasures().get(0)).orElseThrow().toString());
		assertEquals(8, locations.size(), "every element of the file has a position");
	}

	@Test
	void remoteReferencesAreNeverFetched() throws Exception
	{
		Path file = Fixtures.copy("remote-reference.xmi", dir);
		ResourceSet set = PlanResources.newResourceSet();
		Resource resource = PlanResources.load(set, file);

		List<ModelDiagnostic> diagnostics = new ModelChecker().check(resource);

		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertEquals(ModelIssueCodes.DANGLING_REFERENCE, diagnostics.get(0).code());
		assertEquals("FocusArea 'A Område' (area-remote01): 'contributesTo' refers to "
				+ "'http://127.0.0.1:9/plans/other.xmi#goal-remote01', which cannot be resolved",
				diagnostics.get(0).message());
		assertEquals(3, diagnostics.get(0).line(), "reported on the focus area");
		for (Resource r : set.getResources())
		{
			assertTrue(r == resource || r.getContents().isEmpty(), "nothing was loaded from " + r.getURI());
		}
	}

	@Test
	void theResourceSetKnowsOnlyTheVeikartAndEcorePackages()
	{
		ResourceSet set = PlanResources.newResourceSet();
		assertEquals(Set.of(VeikartPackage.eNS_URI, EcorePackage.eNS_URI), set.getPackageRegistry().keySet());
		assertNull(set.getPackageRegistry().getEPackage("http://www.eclipse.org/emf/2002/Ecore/XMLType"),
				"no delegation to the global registry");
		assertTrue(set.getURIConverter() instanceof SafeUriConverter);
		assertTrue(set.getResourceFactoryRegistry().getFactory(org.eclipse.emf.common.util.URI.createURI(
				"http://example.org/a.ecore")) instanceof HardenedXmiResourceFactory, "only hardened resources");
		assertFalse(new HardenedXmiResource(null).useUUIDs(), "no XMI UUIDs");
	}

	@Test
	void parsersHaveAllHardeningFeatures() throws Exception
	{
		SAXParserFactory factory = HardenedParsers.newFactory();
		assertTrue(factory.getFeature("http://apache.org/xml/features/disallow-doctype-decl"));
		assertFalse(factory.getFeature("http://xml.org/sax/features/external-general-entities"));
		assertFalse(factory.getFeature("http://xml.org/sax/features/external-parameter-entities"));
		assertFalse(factory.getFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd"));
		assertTrue(factory.getFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING));
		assertEquals("", HardenedParsers.newParser().getProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD));
		assertEquals(HardenedParsers.FEATURES, HardenedXmiResource.loadOptions()
				.get(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_PARSER_FEATURES));
	}
}
