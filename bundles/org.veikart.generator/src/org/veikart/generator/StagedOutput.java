package org.veikart.generator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Publishes a set of generated files as one folder so that no reader ever sees a partial result: all
 * files are written into a hidden temporary folder beside the target and only then moved into place
 * with a rename; on any failure the temporary folder is removed and the target is left as it was.
 * <p>
 * An existing target is replaced only if it is empty or was published by this class before (it holds
 * {@link #MARKER}); any other folder is refused, so a mistyped {@code --out} cannot wipe unrelated
 * files. Relative file names may contain '/' (sub-folders) but must stay inside the target.
 */
public final class StagedOutput {

	/** Marker file in every published folder. */
	public static final String MARKER = ".veikart-export";

	private StagedOutput() {
	}

	/**
	 * @param target the folder to (re)place; its parent must exist and be writable
	 * @param files  relative file name to content
	 * @throws IOException with a message for the user if the target cannot be (re)placed; nothing changed then
	 */
	public static void publish(Path target, Map<String, byte[]> files) throws IOException {
		Path dir = target.toAbsolutePath().normalize();
		checkTarget(dir);
		Path temp = sibling(dir, "tmp");
		try {
			Files.createDirectory(temp);
		} catch (IOException e) {
			// the temporary folder is an implementation detail: name the folder the user asked for
			throw new IOException("the output folder " + target + " cannot be created in " + dir.getParent() + ": "
					+ reason(e), e);
		}
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = temp.resolve(file.getKey()).normalize();
				if (!path.startsWith(temp) || path.equals(temp)) {
					throw new IOException("refusing to write " + file.getKey() + " outside the output folder");
				}
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
			Files.writeString(temp.resolve(MARKER), "Written by Veikart. The whole folder is replaced by the next export.\n");
			swap(temp, dir);
		} catch (FileSystemException e) {
			throw new IOException("the output folder " + target + " cannot be written: " + reason(e), e);
		} finally {
			deleteTree(temp);
		}
	}

	/** @return the operating system's reason for {@code e} ("Permission denied", "No space left on device", ...) */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such file or directory (the file system does not allow a folder there)";
		}
		if (e instanceof FileSystemException) {
			return e.getClass().getSimpleName(); // its message is only the path
		}
		String message = e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message;
	}

	/** @throws IOException if {@code dir} may not be replaced (see class comment) */
	public static void checkTarget(Path dir) throws IOException {
		Path parent = dir.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new IOException("the folder " + parent + " does not exist");
		}
		if (!Files.isWritable(parent)) {
			throw new IOException("cannot write in " + parent + " (permission denied)");
		}
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new IOException(dir + " is a file, not a folder");
		}
		if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(dir + " is not empty and was not written by a Veikart export; choose a new or empty folder");
				}
			}
		}
	}

	private static void swap(Path temp, Path dir) throws IOException {
		if (!Files.exists(dir)) {
			move(temp, dir);
			return;
		}
		Path old = sibling(dir, "old");
		move(dir, old);
		try {
			move(temp, dir);
		} catch (IOException e) {
			move(old, dir); // put the previous export back
			throw e;
		}
		deleteTree(old);
	}

	private static Path sibling(Path dir, String kind) {
		String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		return dir.resolveSibling("." + dir.getFileName() + "." + kind + "-" + random);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// best effort: a leftover hidden temp folder is harmless and named as such
		}
	}
}
