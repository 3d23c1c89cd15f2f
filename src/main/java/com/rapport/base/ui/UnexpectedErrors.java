package com.rapport.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives an unexpected error a short id (8 hex digits), logs its stack trace at ERROR under that id, and returns the
 * id so the screen can show it: a trainee or trainer quotes it, an administrator finds the trace in the log.
 */
final class UnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnexpectedErrors() {
    }

    /** Logs the error with a new id and returns the id. */
    static String report(Throwable error, String where) {
        String id = HexFormat.of().toHexDigits(RANDOM.nextInt());
        LOG.error("Unexpected error {} {}", id, where, error);
        return id;
    }

    /** Whether the error is, or was caused by, a service refusing the user (Spring Security's access denial). */
    static boolean isRefusal(@Nullable Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.security.access.AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
