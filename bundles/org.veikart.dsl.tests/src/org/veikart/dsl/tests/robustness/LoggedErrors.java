package org.veikart.dsl.tests.robustness;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Collects what Xtext logs at ERROR level while it is installed on the root logger. Xtext catches
 * some exceptions and only logs them (a validator that throws, a scope that fails while resolving a
 * proxy); the smoke test counts those as exceptions too.
 */
final class LoggedErrors extends AppenderSkeleton {

	private final List<String> errors = new ArrayList<>();

	static LoggedErrors install() {
		LoggedErrors appender = new LoggedErrors();
		Logger.getRootLogger().addAppender(appender);
		return appender;
	}

	void uninstall() {
		Logger.getRootLogger().removeAppender(this);
	}

	/** @return the errors logged since the last call, and forgets them */
	synchronized List<String> drain() {
		List<String> result = List.copyOf(errors);
		errors.clear();
		return result;
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
			errors.add(event.getLoggerName() + ": " + event.getRenderedMessage() + (thrown == null ? "" : " (" + thrown + ")"));
		}
	}

	@Override
	public void close() {
		// nothing to release
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
