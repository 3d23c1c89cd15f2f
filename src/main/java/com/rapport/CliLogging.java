package com.rapport;

import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logging for the command-line tools: errors only, one line each on standard error ({@code ERROR Name: message}),
 * so standard output carries only results. Chosen by {@link #select()} before anything logs; the web app keeps
 * Spring Boot's logging. Setting up the web app's logging library costs a command about half a second of its
 * start, for messages it would never print.
 */
public final class CliLogging implements SLF4JServiceProvider {

    private final ILoggerFactory loggers = new Loggers(System.err);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Makes this the logging of the running process; call it before the first logger is made. */
    static void select() {
        System.setProperty("slf4j.provider", CliLogging.class.getName());
        System.setProperty("slf4j.internal.verbosity", "WARN"); // not "Attempting to load provider …" on every run
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    /** One logger per name, all writing to the same stream. */
    static final class Loggers implements ILoggerFactory {

        private final PrintStream err;
        private final ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();

        Loggers(PrintStream err) {
            this.err = err;
        }

        @Override
        public Logger getLogger(String name) {
            return byName.computeIfAbsent(name, n -> new ErrorsOnly(n, err));
        }
    }

    /** Prints errors, with their exception's stack, and drops everything below. */
    static final class ErrorsOnly extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;

        private final transient PrintStream err;
        private final String shortName;

        ErrorsOnly(String name, PrintStream err) {
            this.name = name;
            this.shortName = name.substring(name.lastIndexOf('.') + 1);
            this.err = err;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return false;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected @Nullable String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, String messagePattern,
                Object @Nullable [] arguments, @Nullable Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
            synchronized (err) {
                err.println(level + " " + shortName + ": " + message);
                if (throwable != null) {
                    throwable.printStackTrace(err);
                }
            }
        }
    }
}
