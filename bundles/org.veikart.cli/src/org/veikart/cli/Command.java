package org.veikart.cli;

import java.util.List;

/**
 * One sub-command of {@code veikart} ({@code validate}, later {@code export}, {@code diff}, ...).
 * A new command is a new implementation registered in {@link CommandRegistry#standard()}.
 * <p>
 * Implementations print results to {@link CommandContext#out()} and messages to
 * {@link CommandContext#err()}; they report usage and I/O problems by throwing
 * {@link CommandException} instead of printing stack traces.
 */
public interface Command {

    /** @return the word that selects the command, e.g. "validate" */
    String name();

    /** @return one line for the command list of {@code veikart --help} */
    String summary();

    /** @return the full help text, starting with a "usage: veikart NAME ..." line */
    String usage();

    /**
     * @param args    the arguments after the command name ({@code --help} is handled by the caller)
     * @param context streams and working directory of this run
     * @return the exit code, see {@link ExitCode}
     * @throws CommandException for usage and I/O problems; its message is shown as is
     */
    int run(List<String> args, CommandContext context) throws CommandException;
}
