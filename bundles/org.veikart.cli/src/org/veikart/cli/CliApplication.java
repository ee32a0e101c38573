package org.veikart.cli;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application {@code org.veikart.cli.app}: runs {@link VeikartCommandLine} on the
 * application arguments (decoded by {@link LaunchArguments}) and returns its exit code as an
 * {@link Integer}. Equinox stores an Integer result in the {@code eclipse.exitcode} property, and
 * the launcher jar's {@code main} passes that to {@code System.exit}, so the process exits with
 * 0, 1 or 2.
 * <p>
 * Stdout carries command results only: for the rest of the process, {@code System.out} is
 * pointed at stderr, because Equinox's {@code -consoleLog} writes log entries to whatever
 * {@code System.out} is when it logs, and libraries may print there too; log4j (Xtext's logging)
 * writes warnings and errors to stderr ({@link LogToStderr}).
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        PrintStream results = System.out;
        System.setOut(System.err);
        LogToStderr.install();
        return Integer.valueOf(VeikartCommandLine.run(LaunchArguments.decode(raw), results, System.err));
    }

    @Override
    public void stop() {
        // commands are short-lived and hold no resources that need releasing
    }
}
