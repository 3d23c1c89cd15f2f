package com.rapport.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When a quiet session is warned and when it ends, from the time of the user's last action
 * ({@code rapport.sign-in.idle-timeout} and {@code idle-warning}).
 */
@Component
public class IdleTimeout {

    /** Where a session stands. */
    public enum Stage {
        ACTIVE, WARNED, ENDED
    }

    private final SignInSettings settings;
    private final Clock clock;

    IdleTimeout(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Stage stage(Instant lastAction) {
        Duration left = left(lastAction);
        if (left.isZero() || left.isNegative()) {
            return Stage.ENDED;
        }
        return left.compareTo(settings.idleWarning()) <= 0 ? Stage.WARNED : Stage.ACTIVE;
    }

    /** Time left before the session ends (zero or negative once it has). */
    public Duration left(Instant lastAction) {
        return Duration.between(clock.instant(), lastAction.plus(settings.idleTimeout()));
    }

    /** How often an open tab checks: often enough that the warning comes well before the end. */
    public Duration checkEvery() {
        Duration quarter = settings.idleWarning().dividedBy(4);
        if (quarter.compareTo(Duration.ofSeconds(5)) < 0) {
            return Duration.ofSeconds(5);
        }
        return quarter.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : quarter;
    }
}
