package com.rapport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one clock services read: the system's UTC time, except that a thread may read another clock for the length
 * of one action ({@link #during}). Demo histories use that to play believable past attempts through the very same
 * services; nothing else sets it.
 */
public final class AppClock extends Clock {

    private final ThreadLocal<Clock> override = new ThreadLocal<>();
    private final Clock system = Clock.systemUTC();

    /** Runs an action with this thread reading {@code other} instead of the system clock. */
    public <T> T during(Clock other, Supplier<T> action) {
        Clock saved = override.get();
        override.set(other);
        try {
            return action.get();
        } finally {
            if (saved == null) {
                override.remove();
            } else {
                override.set(saved);
            }
        }
    }

    private Clock current() {
        Clock other = override.get();
        return other == null ? system : other;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current().withZone(zone);
    }

    @Override
    public Instant instant() {
        return current().instant();
    }
}
