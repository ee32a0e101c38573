package org.veikart.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.veikart.cli.convert.ConvertCommand;
import org.veikart.cli.export.ExportCommand;
import org.veikart.cli.imports.ImportCommand;
import org.veikart.cli.diagram.DiagramCommand;
import org.veikart.cli.diff.DiffCommand;
import org.veikart.cli.lsp.LspCommand;
import org.veikart.cli.template.TemplateCommand;
import org.veikart.cli.validate.ValidateCommand;
import org.veikart.generator.diagrams.DiagramFigures;

/**
 * The commands of {@code veikart} by name, in the order the help lists them. Adding a command
 * (export, convert, diagram, template, diff, lsp, ...) means adding one line to {@link #standard()}.
 */
public final class CommandRegistry {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** @return the registry with every command Veikart ships */
    public static CommandRegistry standard() {
        CommandRegistry registry = new CommandRegistry();
        registry.add(new ValidateCommand());
        registry.add(new ConvertCommand());
        registry.add(new ExportCommand(DiagramFigures.standard()));
        registry.add(new ImportCommand());
        registry.add(new DiagramCommand());
        registry.add(new TemplateCommand());
        registry.add(new DiffCommand());
        registry.add(new LspCommand());
        registry.add(new HelpCommand(registry));
        return registry;
    }

    /**
     * @param command a command whose name is not registered yet
     * @throws IllegalArgumentException if the name is taken
     */
    public void add(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalArgumentException("two commands named " + command.name());
        }
    }

    /** @return the command with that name, if any */
    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** @return all commands in registration order */
    public List<Command> all() {
        return Collections.unmodifiableList(new ArrayList<>(commands.values()));
    }
}
