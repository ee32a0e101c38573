package org.veikart.cli.export;

import java.io.PrintStream;

/**
 * Progress lines on stderr for long runs: silent up to {@link #THRESHOLD} items, otherwise one plain
 * line every {@code max(20, total/20)} items ("export: 40 of 400 files loaded").
 */
final class Progress {

	static final int THRESHOLD = 20;

	private final PrintStream err;
	private final String command;
	private final int total;
	private final int every;
	private final String verb;

	Progress(PrintStream err, String command, int total, String verb) {
		this.err = err;
		this.command = command;
		this.total = total;
		this.every = Math.max(THRESHOLD, total / 20);
		this.verb = verb;
	}

	/** @param done items finished, 1-based */
	void done(int done) {
		if (total > THRESHOLD && done % every == 0 && done < total) {
			err.println(command + ": " + done + " of " + total + " files " + verb);
		}
	}
}
