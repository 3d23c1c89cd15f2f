package com.rapport.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in defends itself and how long a quiet session lives ({@code rapport.sign-in.*}).
 *
 * @param accountFailures failed sign-ins for one username (whether or not it exists) before it is locked
 * @param addressFailures failed sign-ins from one client address, for any usernames, before it is locked (higher
 *        than per account: a hospital's staff often share one address behind its proxy)
 * @param firstLock how long the first lock lasts; every further failure after a lock doubles it
 * @param longestLock the longest a lock lasts however many failures came before
 * @param forgetAfter failures are forgotten this long after the last one
 * @param trackedKeys at most this many usernames and as many addresses are remembered (the oldest go first)
 * @param idleTimeout a signed-in session without any action of the user's ends after this long
 * @param idleWarning the user is warned this long before the idle timeout, and may stay signed in
 * @param passwordChecksAtOnce at most this many passwords are checked (BCrypt) at the same time; 0: half the cores,
 *        at least one
 */
@ConfigurationProperties("rapport.sign-in")
public record SignInSettings(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
        @DefaultValue("1m") Duration firstLock, @DefaultValue("1h") Duration longestLock,
        @DefaultValue("24h") Duration forgetAfter, @DefaultValue("10000") int trackedKeys,
        @DefaultValue("30m") Duration idleTimeout, @DefaultValue("2m") Duration idleWarning,
        @DefaultValue("0") int passwordChecksAtOnce) {

    public static final SignInSettings DEFAULT = new SignInSettings(5, 20, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofHours(24), 10_000, Duration.ofMinutes(30), Duration.ofMinutes(2), 0);

    public SignInSettings {
        if (accountFailures < 1 || addressFailures < 1 || trackedKeys < 1 || firstLock.isNegative()
                || longestLock.compareTo(firstLock) < 0 || idleWarning.compareTo(idleTimeout) >= 0
                || passwordChecksAtOnce < 0) {
            throw new IllegalArgumentException("rapport.sign-in: failures and tracked-keys must be at least 1, "
                    + "longest-lock at least first-lock, idle-warning shorter than idle-timeout, "
                    + "password-checks-at-once 0 or more");
        }
    }

    /** How many passwords may be checked at once: {@code passwordChecksAtOnce}, or half the cores when it is 0. */
    int passwordChecks() {
        return passwordChecksAtOnce > 0 ? passwordChecksAtOnce
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
