package org.veikart.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.model.Plan;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateKind;
import org.veikart.templates.TemplateLibrary;
import org.veikart.templates.TemplateModels;
import org.veikart.templates.Versions;

class TemplateLibraryTest {

	@Test
	void indexListsEveryStarterFile() throws IOException {
		Path library = Fixtures.root().resolve("bundles/org.veikart.templates/library");
		List<String> files;
		try (Stream<Path> walk = Files.walk(library)) {
			files = walk.filter(f -> f.toString().endsWith(".plan")).map(f -> library.relativize(f).toString()).sorted().toList();
		}
		List<String> index = Files.readAllLines(library.resolve("index.txt")).stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
		assertEquals(files, index);
	}

	@Test
	void starterHasEveryKindAndTwoVersionsOfTheTheme() throws TemplateException {
		TemplateLibrary library = TemplateLibrary.starter();
		for (TemplateKind kind : TemplateKind.values()) {
			assertTrue(library.latest().stream().anyMatch(t -> t.kind() == kind), "no " + kind + " template");
		}
		List<Template> versions = library.versions("naeringsvennlig-kommune");
		assertEquals(List.of("1", "2"), versions.stream().map(Template::version).toList());
		assertEquals("2", library.find("naeringsvennlig-kommune").orElseThrow().version());
		assertTrue(library.find("naeringsvennlig-kommune", "1").isPresent());
	}

	@Test
	void everyStarterTemplateFillsInAndValidates() throws TemplateException {
		TemplateLibrary library = TemplateLibrary.starter();
		for (Template template : library.latest()) {
			java.util.Map<String, String> params = new java.util.HashMap<>();
			template.parameters().forEach(p -> params.put(p.name(), Fixtures.SAMPLE.get(p.name())));
			params.values().removeIf(v -> v == null);
			Plan plan = TemplateModels.load(template, params);
			assertFalse(plan.eAllContents().hasNext() && plan.getTitle() == null, template.id());
			assertFalse(plan.getTitle().contains("${"), template.id());
			assertTrue(template.parameters().stream().allMatch(p -> !p.description().isEmpty()), template.id());
		}
	}

	@Test
	void ownFolderLibraryAndDuplicateVersions(@TempDir Path folder) throws Exception {
		String text = "//@ template mitt-tema\n//@ version 1\nplan mitt \"Mitt\" { focus-area a \"A\" }\n";
		Files.writeString(folder.resolve("a.plan"), text, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("plain.plan"), "plan p \"not a template\" {}\n", StandardCharsets.UTF_8);
		TemplateLibrary library = TemplateLibrary.open(folder);
		assertEquals(List.of("mitt-tema"), library.latest().stream().map(Template::id).toList());
		Files.writeString(folder.resolve("b.plan"), text, StandardCharsets.UTF_8);
		TemplateException e = assertThrows(TemplateException.class, () -> TemplateLibrary.open(folder));
		assertTrue(e.getMessage().contains("b.plan:1:1: error: template mitt-tema version 1 is also defined in"), e.getMessage());
	}

	@Test
	void unknownTemplateSuggestsTheClosest() throws TemplateException {
		TemplateException e = assertThrows(TemplateException.class, () -> TemplateLibrary.starter().require("bedriftsbesk", null));
		assertTrue(e.getMessage().contains("did you mean bedriftsbesok?"), e.getMessage());
		e = assertThrows(TemplateException.class, () -> TemplateLibrary.starter().require("bedriftsbesok", "7"));
		assertTrue(e.getMessage().contains("has no version 7 (known: 1)"), e.getMessage());
	}

	@Test
	void versionsCompareNumerically() {
		assertTrue(Versions.compare("2", "10") < 0);
		assertTrue(Versions.compare("1.10", "1.2") > 0);
		assertEquals(0, Versions.compare("1.0", "1"));
	}

	/** A placeholder followed by a genitive "s" reads wrongly for names ending in s ("Åss"): the starter library avoids it. */
	@Test
	void starterTemplatesHaveNoGenitiveBySuffix() throws TemplateException {
		TemplateLibrary library = TemplateLibrary.starter();
		for (Template latest : library.latest()) {
			for (Template template : library.versions(latest.id())) {
				assertFalse(java.util.regex.Pattern.compile("\\$\\{[^}]+\\}s\\b").matcher(template.text()).find(),
						template.id() + " " + template.version());
			}
		}
		Plan plan = TemplateModels.load(library.require("nho-kommune-nm", null), java.util.Map.of("kommune", "Ås"));
		assertEquals("Plassering for Ås kommune i NHO Kommune-NM", plan.getIndicators().get(0).getTitle());
	}
}
