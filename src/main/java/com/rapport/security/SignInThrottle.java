package com.rapport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address, in memory, and locks either for a while once it has
 * failed too often: {@code first-lock}, then twice as long at every further failure, up to {@code longest-lock}.
 * A username is counted whether or not an account has it, so a lock says nothing about which accounts exist. A
 * successful sign-in clears the username's count (never the address's). On several nodes each counts on its own.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Failures accounts;
    private final Failures addresses;

    SignInThrottle(SignInSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.accounts = new Failures(settings.accountFailures(), settings.trackedKeys());
        this.addresses = new Failures(settings.addressFailures(), settings.trackedKeys());
    }

    /** When the lock on this username or this address ends, if either is locked now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(accounts.lockedUntil(key(username), now), addresses.lockedUntil(address, now));
        return Optional.ofNullable(until);
    }

    /** Counts a failed sign-in; returns when the lock it starts ends, if it starts one. */
    public Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(accounts.fail(key(username), now), addresses.fail(address, now));
        if (until != null) {
            log.warn("Sign-in locked until {} after repeated failures (address {})", until, address);
            events.publishEvent(new SignInLocked(username, address, until));
        }
        return Optional.ofNullable(until);
    }

    /** A successful sign-in clears the count of its username. */
    public void succeeded(String username) {
        accounts.clear(key(username));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** One kind of key's counts: bounded, least recently touched first out. */
    private final class Failures {

        private final int allowed;
        private final Map<String, Count> counts;

        Failures(int allowed, int capacity) {
            this.allowed = allowed;
            this.counts = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized @Nullable Instant lockedUntil(String key, Instant now) {
            Count count = current(key, now);
            return count != null && count.lockedUntil != null && count.lockedUntil.isAfter(now)
                    ? count.lockedUntil : null;
        }

        /** Counts a failure; the end of the lock it starts, or null. */
        synchronized @Nullable Instant fail(String key, Instant now) {
            Count count = current(key, now);
            if (count == null) {
                count = new Count();
                counts.put(key, count);
            }
            count.failures++;
            count.last = now;
            int beyond = count.failures - allowed;
            if (beyond < 0) {
                return null;
            }
            Duration lock = settings.firstLock().multipliedBy(1L << Math.min(beyond, 20));
            if (lock.compareTo(settings.longestLock()) > 0) {
                lock = settings.longestLock();
            }
            count.lockedUntil = now.plus(lock);
            return count.lockedUntil;
        }

        synchronized void clear(String key) {
            counts.remove(key);
        }

        private @Nullable Count current(String key, Instant now) {
            Count count = counts.get(key);
            if (count != null && count.last.plus(settings.forgetAfter()).isBefore(now)
                    && (count.lockedUntil == null || count.lockedUntil.isBefore(now))) {
                counts.remove(key);
                return null;
            }
            return count;
        }
    }

    private static final class Count {
        int failures;
        Instant last = Instant.EPOCH;
        @Nullable Instant lockedUntil;
    }
}
