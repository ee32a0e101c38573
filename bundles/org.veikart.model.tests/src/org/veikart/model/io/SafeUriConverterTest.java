package org.veikart.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The converter of hardened resource sets reads local regular files and nothing else. */
class SafeUriConverterTest
{
	@TempDir
	Path dir;

	private final URIConverter converter = new SafeUriConverter();

	@Test
	void readsLocalRegularFiles() throws Exception
	{
		Path file = Files.writeString(dir.resolve("a.xmi"), "<x/>");
		URI uri = PlanResources.fileUri(file);
		try (InputStream in = converter.createInputStream(uri))
		{
			assertEquals("<x/>", new String(in.readAllBytes()));
		}
		assertTrue(converter.exists(uri, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.org/plan.xmi", "https://example.org/plan.xmi",
			"jar:file:/tmp/x.jar!/plan.xmi", "archive:file:/tmp/x.zip!/plan.xmi", "platform:/plugin/x/plan.xmi",
			"file://server/share/plan.xmi", "relative/plan.xmi", "veikart:/sdg/2020", "ftp://example.org/p" })
	void refusesEverythingElse(String text)
	{
		URI uri = URI.createURI(text);
		IOException e = assertThrows(IOException.class, () -> converter.createInputStream(uri));
		assertEquals("access to '" + text + "' is not allowed: only local files can be read", e.getMessage());
		assertFalse(converter.exists(uri, null));
	}

	@Test
	void refusesDirectoriesAndDevices()
	{
		assertThrows(IOException.class, () -> converter.createInputStream(PlanResources.fileUri(dir)));
		Path zero = Path.of("/dev/zero");
		if (Files.exists(zero))
		{
			IOException e = assertThrows(IOException.class,
					() -> converter.createInputStream(URI.createFileURI(zero.toString())));
			assertEquals("/dev/zero is not a regular file", e.getMessage());
		}
	}

	@Test
	void refusesWritingAndDeleting() throws Exception
	{
		Path file = Files.writeString(dir.resolve("a.xmi"), "<x/>");
		URI uri = PlanResources.fileUri(file);
		assertThrows(IOException.class, () -> converter.createOutputStream(uri));
		assertThrows(IOException.class, () -> converter.delete(uri, null));
		assertEquals("<x/>", Files.readString(file));
	}
}
