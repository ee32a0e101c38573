package org.veikart.cli.validate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.dsl.workspace.PlanWorkspace;

/**
 * Turns the PATH arguments of a command into plan files. A file is taken if its extension is a
 * plan format; a folder is walked recursively (hidden folders such as {@code .git} and hidden files
 * skipped, the rule of {@link PlanWorkspace#isHidden}) and its
 * plan files are taken in sorted order, other files ignored.
 * <p>
 * Guarantees: every returned file exists and is readable, each file once (first mention wins).
 * Throws {@link CommandException} naming the path for a path that is empty, does not exist, is not
 * readable, is a file of an unknown format, or is a folder without plan files.
 */
public final class PlanFileCollector {

    private final PlanFormats formats;
    private final CommandContext context;

    public PlanFileCollector(PlanFormats formats, CommandContext context) {
        this.formats = formats;
        this.context = context;
    }

    /**
     * @param commandName prefix for messages, e.g. "validate"
     * @param arguments   paths as typed, relative to the context's working directory
     * @return the plan files in argument order, folder contents sorted
     */
    public List<PlanFile> collect(String commandName, List<String> arguments) throws CommandException {
        List<PlanFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String argument : arguments) {
            if (argument.isBlank()) {
                throw CommandException.usage(commandName + ": an empty PATH was given");
            }
            Path path = context.resolve(argument);
            List<PlanFile> found = Files.isDirectory(path) ? walk(commandName, argument, path) : single(commandName, argument, path);
            for (PlanFile file : found) {
                if (seen.add(file.path())) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private List<PlanFile> single(String commandName, String argument, Path path) throws CommandException {
        if (!Files.exists(path)) {
            throw CommandException.io(commandName + ": " + argument + ": no such file or folder", null);
        }
        PlanFormat format = formats.forFile(path).orElseThrow(() -> CommandException.io(commandName + ": "
                + argument + ": not a plan file (plan files are " + formats.describe() + ")", null));
        requireReadable(commandName, argument, path);
        return List.of(new PlanFile(path, argument, format));
    }

    private List<PlanFile> walk(String commandName, String argument, Path folder) throws CommandException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // the same hidden rule as the language server and convert (PlanWorkspace)
                    return PlanWorkspace.isHidden(folder, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !PlanWorkspace.isHidden(folder, file) && formats.forFile(file).isPresent()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw CommandException.io(commandName + ": cannot read folder " + argument + ": " + reason(e), e);
        }
        if (found.isEmpty()) {
            throw CommandException.io(commandName + ": " + argument + ": no plan files (" + formats.describe()
                    + ") in this folder or below", null);
        }
        found.sort(null);
        Path shown = Path.of(argument);
        List<PlanFile> files = new ArrayList<>();
        for (Path file : found) {
            String display = shown.resolve(folder.relativize(file)).normalize().toString();
            requireReadable(commandName, display, file);
            files.add(new PlanFile(file, display, formats.forFile(file).orElseThrow()));
        }
        return files;
    }

    private static void requireReadable(String commandName, String display, Path file) throws CommandException {
        if (!Files.isReadable(file)) {
            throw CommandException.io(commandName + ": " + display + ": cannot read the file (permission denied)", null);
        }
    }

    /** @return a short human reason for an I/O failure, e.g. "permission denied for sub/x" */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied" + (e.getMessage() == null ? "" : " for " + e.getMessage());
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while reading" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
