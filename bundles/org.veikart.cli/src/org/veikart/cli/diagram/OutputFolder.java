package org.veikart.cli.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.veikart.cli.CommandException;

/**
 * The {@code --out} folder of {@code veikart diagram}: checked at once (it must not be a file), but
 * created only by {@link #create()}, i.e. when there is a diagram to write, so a run that writes
 * nothing leaves no empty folder behind.
 */
final class OutputFolder {

    private final String command;
    private final String argument;
    private final Path path;
    private boolean ready;

    /** @throws CommandException if {@code path} exists and is not a folder */
    OutputFolder(String command, String argument, Path path) throws CommandException {
        this.command = command;
        this.argument = argument;
        this.path = path;
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw CommandException.io(command + ": " + argument + ": is a file, not a folder", null);
        }
    }

    /** @return the folder, created (with its parents) on the first call */
    Path create() throws CommandException {
        if (!ready) {
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                throw CommandException.io(command + ": " + argument + ": cannot create the folder: " + e.getMessage(), e);
            }
            if (!Files.isWritable(path)) {
                throw CommandException.io(command + ": " + argument + ": cannot write there (permission denied)", null);
            }
            ready = true;
        }
        return path;
    }
}
