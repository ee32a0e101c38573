package org.veikart.cli.template;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.templates.TemplateException;
import org.veikart.templates.TemplateLibrary;

/** The library a template command uses: {@code --library DIR}, else the starter library. */
final class Libraries {

	private Libraries() {
	}

	static TemplateLibrary open(String command, CommandContext context, String folder) throws CommandException, TemplateException {
		if (folder == null) {
			return TemplateLibrary.starter();
		}
		Path path = context.resolve(folder);
		if (!Files.isDirectory(path)) {
			throw CommandException.io(command + ": --library " + folder + ": no such folder", null);
		}
		try {
			return TemplateLibrary.open(path);
		} catch (UncheckedIOException e) {
			throw CommandException.io(command + ": " + e.getMessage(), e);
		}
	}
}
