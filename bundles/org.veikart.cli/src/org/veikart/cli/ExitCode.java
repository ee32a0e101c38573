package org.veikart.cli;

/**
 * The process exit codes of every Veikart command. Scripts and CI jobs rely on them, so they
 * never change meaning: 0 success, 1 the input has errors, 2 the command could not do its job.
 */
public final class ExitCode {

    /** The command did its job and found no errors (warnings allowed). */
    public static final int OK = 0;
    /** The command ran but the input has errors (an error diagnostic, a file that does not parse). */
    public static final int FAILED = 1;
    /** Usage or I/O problem: bad arguments, a missing or unreadable path, an unexpected failure. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
