package org.veikart.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test files under {@code resources/fixtures} of this fragment, and snapshots of directories. */
public final class Fixtures
{
	private Fixtures()
	{
	}

	/** @return the fixture directory (tycho-surefire runs in the module directory) */
	public static Path directory()
	{
		Path local = Path.of("resources", "fixtures");
		if (Files.isDirectory(local))
		{
			return local;
		}
		return Path.of(System.getProperty("veikart.root", "."), "bundles", "org.veikart.model.tests", "resources",
				"fixtures");
	}

	/** Copies fixture {@code name} into {@code dir} and returns the copy. */
	public static Path copy(String name, Path dir) throws IOException
	{
		Path source = directory().resolve(name);
		if (!Files.isRegularFile(source))
		{
			throw new IOException("missing fixture " + source.toAbsolutePath());
		}
		return Files.copy(source, dir.resolve(name));
	}

	/**
	 * @return file name -> "size sha256 mtime" for every file below {@code dir}, and the modification
	 *         times of the directories themselves
	 */
	public static Map<String, String> snapshot(Path dir) throws IOException
	{
		return snapshot(dir, true);
	}

	/** @return {@link #snapshot(Path)}, of the files only if {@code directories} is false */
	public static Map<String, String> snapshot(Path dir, boolean directories) throws IOException
	{
		Map<String, String> state = new TreeMap<>();
		try (Stream<Path> files = Files.walk(dir))
		{
			for (Path file : (Iterable<Path>) files::iterator)
			{
				String key = dir.relativize(file).toString();
				if (Files.isRegularFile(file))
				{
					FileTime modified = Files.getLastModifiedTime(file);
					state.put(key, Files.size(file) + " " + sha256(Files.readAllBytes(file)) + " " + modified.toMillis());
				}
				else if (directories)
				{
					state.put(key + "/", "dir " + Files.getLastModifiedTime(file).toMillis());
				}
			}
		}
		return state;
	}

	private static String sha256(byte[] bytes)
	{
		try
		{
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e)
		{
			throw new IllegalStateException(e);
		}
	}
}
