package org.veikart.cli;

/**
 * An expected failure of a command: bad usage or an I/O problem. The command line prints the
 * message as one line on stderr (no stack trace) and exits with {@link #exitCode()}.
 */
public final class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean showUsage;

    private CommandException(String message, int exitCode, boolean showUsage, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.showUsage = showUsage;
    }

    /** @return an exception for wrong arguments; the command's usage is printed after the message */
    public static CommandException usage(String message) {
        return new CommandException(message, ExitCode.ERROR, true, null);
    }

    /** @return an exception for a path that is missing, unreadable or holds nothing to work on */
    public static CommandException io(String message, Throwable cause) {
        return new CommandException(message, ExitCode.ERROR, false, cause);
    }

    /** @return the process exit code for this problem */
    public int exitCode() {
        return exitCode;
    }

    /** @return true if the command's usage text should follow the message */
    public boolean showUsage() {
        return showUsage;
    }
}
