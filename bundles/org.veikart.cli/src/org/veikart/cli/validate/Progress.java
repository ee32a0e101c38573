package org.veikart.cli.validate;

import java.io.PrintStream;

/**
 * Progress lines for long runs: silent up to {@link #THRESHOLD} files, otherwise one plain line
 * (no carriage returns, so logs stay readable) every {@code max(20, total/20)} files.
 */
final class Progress {

    static final int THRESHOLD = 20;

    private final PrintStream err;
    private final String commandName;
    private final int total;
    private final int every;

    Progress(PrintStream err, String commandName, int total) {
        this.err = err;
        this.commandName = commandName;
        this.total = total;
        this.every = Math.max(THRESHOLD, total / 20);
    }

    /** @param done how many files are finished, 1-based */
    void fileDone(int done) {
        if (total > THRESHOLD && done % every == 0 && done < total) {
            err.println(commandName + ": " + done + " of " + total + " files checked");
        }
    }
}
