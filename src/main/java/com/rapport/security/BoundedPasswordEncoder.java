package com.rapport.security;

import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that hashes on at most a fixed number of threads at once. BCrypt is slow on purpose (tens of
 * milliseconds of CPU per check); when a whole shift signs in at once, unbounded checks take every core and every
 * trainee already practising waits behind them. Bounded, sign-ins queue among themselves and the other cores keep
 * serving replies. Waiting sign-ins are served in arrival order.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one password check at a time, not " + concurrent);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrent, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many checks wait for a turn now (for tests and metrics). */
    int waiting() {
        return permits.getQueueLength();
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("Interrupted while waiting to check a password", e);
        }
    }
}
