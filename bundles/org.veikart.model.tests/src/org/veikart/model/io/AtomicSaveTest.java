package org.veikart.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.model.Goal;
import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;
import org.veikart.model.check.ModelCheckException;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.tests.Fixtures;
import org.veikart.model.tests.TestPlans;

/** Saving is checked, atomic, keeps a complete backup, and leaves nothing behind when it fails. */
class AtomicSaveTest
{
	@TempDir
	Path dir;

	/** A stream that fails with an IOException once {@code limit} bytes have been written. */
	static final class FailingStream extends FilterOutputStream
	{
		private long remaining;

		FailingStream(OutputStream out, long limit)
		{
			super(out);
			this.remaining = limit;
		}

		@Override
		public void write(int b) throws IOException
		{
			if (remaining-- <= 0)
			{
				throw new IOException("disk full (injected)");
			}
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException
		{
			for (int i = 0; i < len; i++)
			{
				write(b[off + i]);
			}
		}
	}

	private Set<String> files() throws IOException
	{
		try (Stream<Path> list = Files.list(dir))
		{
			return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void firstSaveWritesTheFileAndNoBackup() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		plans.plan().setTitle("Versjon 1");

		PlanResources.save(plans.resource(), file);

		assertEquals(Set.of("klima.xmi"), files());
		assertTrue(Files.readString(file).contains("title=\"Versjon 1\""));
		assertFalse(plans.resource().isModified());
	}

	@Test
	void secondSaveKeepsThePreviousVersionAsBackup() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		plans.plan().setTitle("Versjon 1");
		PlanResources.save(plans.resource(), file);
		byte[] first = Files.readAllBytes(file);

		plans.plan().setTitle("Versjon 2");
		PlanResources.save(plans.resource(), file);

		assertEquals(Set.of("klima.xmi", "klima.xmi.bak"), files());
		assertArrayEquals(first, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
		assertTrue(Files.readString(file).contains("title=\"Versjon 2\""));
	}

	@Test
	void failureHalfwayLeavesOriginalAndBackupIntactAndNoTempFile() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		plans.plan().setTitle("Versjon 1");
		PlanResources.save(plans.resource(), file);
		plans.plan().setTitle("Versjon 2");
		PlanResources.save(plans.resource(), file);
		byte[] current = Files.readAllBytes(file);
		byte[] backup = Files.readAllBytes(AtomicFileWriter.backupOf(file));
		Map<String, String> before = Fixtures.snapshot(dir, false);

		plans.resource().setTrackingModification(true);
		plans.plan().setTitle("Versjon 3");
		assertTrue(plans.resource().isModified());
		long half = current.length / 2;
		IOException e = assertThrows(IOException.class, () -> PlanResources.save(plans.resource(), file,
				new AtomicFileWriter(out -> new FailingStream(out, half))));

		assertEquals("disk full (injected)", e.getMessage());
		assertArrayEquals(current, Files.readAllBytes(file), "original is byte-identical");
		assertArrayEquals(backup, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "backup unchanged");
		assertEquals(before, Fixtures.snapshot(dir, false), "no temp file left, no file changed");
		assertTrue(plans.resource().isModified(), "the unsaved change is still pending");

		// The backup is a complete, loadable plan (from the earlier successful save).
		Resource restored = PlanResources.load(PlanResources.newResourceSet(), AtomicFileWriter.backupOf(file));
		assertEquals("Versjon 1", ((Plan) restored.getContents().get(0)).getTitle());
		Resource kept = PlanResources.load(PlanResources.newResourceSet(), file);
		assertEquals("Versjon 2", ((Plan) kept.getContents().get(0)).getTitle());
	}

	@Test
	void failureOnTheFirstByteOfANewFileCreatesNothing() throws Exception
	{
		Path file = dir.resolve("ny.xmi");
		TestPlans plans = TestPlans.inResource(file);
		assertThrows(IOException.class, () -> PlanResources.save(plans.resource(), file,
				new AtomicFileWriter(out -> new FailingStream(out, 0))));
		assertEquals(Set.of(), files());
	}

	@Test
	void saveIsRefusedWhenTheCheckerFindsADanglingReference() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		PlanResources.save(plans.resource(), file);
		Map<String, String> before = Fixtures.snapshot(dir);
		Goal removed = VeikartFactory.eINSTANCE.createGoal();
		removed.setId("goal-removed1");
		plans.area().getContributesTo().add(removed);

		ModelCheckException e = assertThrows(ModelCheckException.class,
				() -> PlanResources.save(plans.resource(), file));

		assertEquals(1, e.diagnostics().size(), e.getMessage());
		assertEquals(ModelIssueCodes.DANGLING_REFERENCE, e.diagnostics().get(0).code());
		assertEquals("refusing to save " + file.toAbsolutePath() + ":\n  " + e.diagnostics().get(0).format(),
				e.getMessage());
		assertEquals(before, Fixtures.snapshot(dir), "nothing written");
	}

	@Test
	void saveOfANewFileWithErrorsWritesNothing() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		plans.plan().setAdopted("2022-13-01");
		plans.goal().setId(null);
		ModelCheckException e = assertThrows(ModelCheckException.class,
				() -> PlanResources.save(plans.resource(), file));
		assertEquals(Set.of(ModelIssueCodes.MISSING_ID, ModelIssueCodes.INVALID_DATE),
				Set.copyOf(e.diagnostics().stream().map(d -> d.code()).toList()));
		assertEquals(Set.of(), files());
	}

	@Test
	void warningsDoNotBlockSaving() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		plans.goal().setTitle(null);
		PlanResources.save(plans.resource(), file);
		assertTrue(Files.isRegularFile(file));
	}

	@Test
	void saveAsRetargetsTheResourceAndRestoresItOnFailure() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		URI original = plans.resource().getURI();
		Path copy = dir.resolve("kopi.xmi");

		assertThrows(IOException.class, () -> PlanResources.save(plans.resource(), copy,
				new AtomicFileWriter(out -> new FailingStream(out, 10))));
		assertEquals(original, plans.resource().getURI());

		PlanResources.save(plans.resource(), copy);
		assertEquals(PlanResources.fileUri(copy), plans.resource().getURI());
	}

	@Test
	void replacingKeepsFilePermissions() throws Exception
	{
		Path file = dir.resolve("klima.xmi");
		TestPlans plans = TestPlans.inResource(file);
		PlanResources.save(plans.resource(), file);
		try
		{
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		}
		catch (UnsupportedOperationException e)
		{
			return; // not a POSIX file system
		}
		PlanResources.save(plans.resource(), file);
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void targetThatIsADirectoryIsRefused() throws Exception
	{
		Path target = Files.createDirectory(dir.resolve("plan.xmi"));
		IOException e = assertThrows(IOException.class,
				() -> new AtomicFileWriter().write(target, new byte[] { 1, 2, 3 }));
		assertTrue(e.getMessage().endsWith("is not a regular file"), e.getMessage());
		assertEquals(Set.of("plan.xmi"), files());
	}
}
