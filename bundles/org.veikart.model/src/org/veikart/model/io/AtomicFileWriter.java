package org.veikart.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Replaces a file with new content so that a crash or error at any instant leaves either the old or
 * the new complete file, never a mix, and keeps the previous version as {@code <name>.bak}.
 * <ol>
 * <li>the content (already complete in memory) goes to a hidden temp file in the target's directory
 * and is forced to disk ({@link FileChannel#force});</li>
 * <li>the current target, if any, is copied to another temp file, forced, and moved atomically onto
 * {@code <name>.bak}, so the backup is always a complete file too;</li>
 * <li>the temp file is moved atomically onto the target ({@code ATOMIC_MOVE}; only if the file
 * system cannot do that, {@code REPLACE_EXISTING});</li>
 * <li>the directory is forced where the platform allows it, so the renames are durable.</li>
 * </ol>
 * On any failure the temp files are deleted and the target and backup are left as they were (a
 * failure after step 2 leaves a backup that equals the unchanged target). The new file gets the
 * permissions of the file it replaces. Symbolic links at the target are followed.
 */
public final class AtomicFileWriter
{
	/** Suffix of the backup of the previous version. */
	public static final String BACKUP_SUFFIX = ".bak";
	private static final String TEMP_SUFFIX = ".tmp";

	private final UnaryOperator<OutputStream> streamDecorator;

	public AtomicFileWriter()
	{
		this(UnaryOperator.identity());
	}

	/** Test hook: {@code streamDecorator} wraps the stream that writes the new content. */
	AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator)
	{
		this.streamDecorator = Objects.requireNonNull(streamDecorator);
	}

	/** @return the backup path of {@code target}: {@code <name>.bak} in the same directory */
	public static Path backupOf(Path target)
	{
		return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * Atomically replaces (or creates) {@code target} with {@code content}, keeping the previous
	 * version as {@link #backupOf(Path) backup}.
	 */
	public void write(Path target, byte[] content) throws IOException
	{
		Path file = target.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(file))
		{
			file = file.toRealPath();
		}
		if (Files.exists(file) && !Files.isRegularFile(file))
		{
			throw new IOException(file + " exists and is not a regular file");
		}
		Path temp = null;
		Path backupTemp = null;
		try
		{
			temp = createTemp(file);
			try (OutputStream out = streamDecorator.apply(Channels.newOutputStream(open(temp))))
			{
				out.write(content);
			}
			force(temp);
			copyPermissions(file, temp);
			if (Files.exists(file))
			{
				backupTemp = createTemp(file);
				try (InputStream in = Files.newInputStream(file);
						OutputStream out = Channels.newOutputStream(open(backupTemp)))
				{
					in.transferTo(out);
				}
				force(backupTemp);
				copyPermissions(file, backupTemp);
				move(backupTemp, backupOf(file));
				backupTemp = null;
			}
			move(temp, file);
			temp = null;
			forceDirectory(file.getParent());
		}
		finally
		{
			deleteQuietly(temp);
			deleteQuietly(backupTemp);
		}
	}

	/** A new, empty, hidden file next to {@code file}; created exclusively so no one else owns it. */
	private static Path createTemp(Path file) throws IOException
	{
		for (int attempt = 0;; attempt++)
		{
			String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
			Path temp = file.resolveSibling("." + file.getFileName() + "." + random + TEMP_SUFFIX);
			try
			{
				return Files.createFile(temp);
			}
			catch (FileAlreadyExistsException e)
			{
				if (attempt > 10)
				{
					throw e;
				}
			}
		}
	}

	private static FileChannel open(Path path) throws IOException
	{
		return FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
	}

	private static void force(Path path) throws IOException
	{
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE))
		{
			channel.force(true);
		}
	}

	private static void move(Path from, Path to) throws IOException
	{
		try
		{
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e)
		{
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes renames in {@code directory} durable; not every platform can open a directory. */
	private static void forceDirectory(Path directory)
	{
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ))
		{
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException e)
		{
			// Windows cannot open directories; the rename itself is still atomic there.
		}
	}

	private static void copyPermissions(Path from, Path to)
	{
		try
		{
			if (Files.exists(from))
			{
				Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
			}
		}
		catch (IOException | UnsupportedOperationException e)
		{
			// Not a POSIX file system: the temp file keeps the default permissions.
		}
	}

	private static void deleteQuietly(Path path)
	{
		if (path == null)
		{
			return;
		}
		try
		{
			Files.deleteIfExists(path);
		}
		catch (IOException e)
		{
			// Best effort: the original failure is what the caller needs to see.
		}
	}
}
