package org.veikart.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published folder is complete or absent; earlier exports are replaced whole; foreign folders are never touched. */
class StagedOutputTest {

	@TempDir
	Path temp;

	private static Map<String, byte[]> files(String... namesAndContents) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < namesAndContents.length; i += 2) {
			files.put(namesAndContents[i], namesAndContents[i + 1].getBytes());
		}
		return files;
	}

	@Test
	void publishesAndReplacesAWholeExport() throws IOException {
		Path out = temp.resolve("out");
		StagedOutput.publish(out, files("a.json", "1", "sub/b.csv", "2"));
		assertEquals("2", Files.readString(out.resolve("sub/b.csv")));
		StagedOutput.publish(out, files("c.json", "3"));
		assertFalse(Files.exists(out.resolve("a.json")), "the earlier export is replaced as a whole");
		assertEquals("3", Files.readString(out.resolve("c.json")));
		assertEquals(1, hidden(), "only the output folder remains, no temp or old folders");
	}

	@Test
	void aFolderThatCannotBeCreatedIsNamedWithTheSystemsReason() {
		// /proc accepts no new folders on Linux, whoever runs the test
		if (!Files.isDirectory(Path.of("/proc/self"))) {
			return; // not Linux
		}
		Path out = Path.of("/proc/veikart-test-out");
		IOException e = assertThrows(IOException.class, () -> StagedOutput.publish(out, files("a.json", "1")));
		assertTrue(e.getMessage().startsWith("the output folder /proc/veikart-test-out cannot be "), e.getMessage());
		assertFalse(e.getMessage().contains(".tmp-"), "no temporary names: " + e.getMessage());
		assertTrue(e.getMessage().matches(".*: \\S.*"), "ends with the reason: " + e.getMessage());
	}

	@Test
	void failureLeavesTheTargetAsItWas() throws IOException {
		Path out = temp.resolve("out");
		StagedOutput.publish(out, files("a.json", "1"));
		assertThrows(IOException.class, () -> StagedOutput.publish(out, files("../escape.txt", "x")));
		assertEquals("1", Files.readString(out.resolve("a.json")));
		assertFalse(Files.exists(temp.resolve("escape.txt")));
		assertEquals(1, hidden());
	}

	@Test
	void refusesForeignFoldersFilesAndMissingParents() throws IOException {
		Files.createDirectories(temp.resolve("mine"));
		Files.writeString(temp.resolve("mine/keep.txt"), "x");
		IOException foreign = assertThrows(IOException.class, () -> StagedOutput.publish(temp.resolve("mine"), files("a", "b")));
		assertTrue(foreign.getMessage().contains("not written by a Veikart export"), foreign.getMessage());
		assertTrue(Files.exists(temp.resolve("mine/keep.txt")));
		Files.writeString(temp.resolve("file"), "x");
		assertThrows(IOException.class, () -> StagedOutput.publish(temp.resolve("file"), files("a", "b")));
		assertThrows(IOException.class, () -> StagedOutput.publish(temp.resolve("no/such/out"), files("a", "b")));
	}

	private long hidden() throws IOException {
		try (Stream<Path> entries = Files.list(temp)) {
			return entries.count();
		}
	}
}
