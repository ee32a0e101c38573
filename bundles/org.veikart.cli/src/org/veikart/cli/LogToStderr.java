package org.veikart.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Gives log4j 1.2 (used by Xtext, e.g. by the language server) one appender: warnings and errors to
 * stderr, one line each. Without it log4j prints "no appenders" warnings and drops Xtext's errors;
 * stdout stays reserved for results and the LSP protocol.
 */
final class LogToStderr {

    private LogToStderr() {
    }

    /** Installs the appender unless log4j was configured otherwise (e.g. by -Dlog4j.configuration). */
    static void install() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new ConsoleAppender(new PatternLayout("veikart: %p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
            root.setLevel(Level.WARN);
        }
    }
}
