package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.rapport.MovableClock;

/** Failed sign-ins lock a username or an address for a while, longer each time, and say when the lock ends. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final List<Object> events = new ArrayList<>();
    private final SignInThrottle throttle = new SignInThrottle(SignInSettings.DEFAULT, clock, events::add);

    private Optional<Instant> failTimes(int times, String username, String address) {
        Optional<Instant> last = Optional.empty();
        for (int i = 0; i < times; i++) {
            last = throttle.failed(username, address);
        }
        return last;
    }

    @Test
    void four_failures_lock_nothing_and_the_fifth_locks_the_username_for_a_minute() {
        assertThat(failTimes(4, "admin", "10.0.0.1")).isEmpty();
        assertThat(throttle.lockedUntil("admin", "10.0.0.2")).isEmpty();

        Instant until = throttle.failed("admin", "10.0.0.1").orElseThrow();

        assertThat(Duration.between(clock.instant(), until)).isBetween(Duration.ofSeconds(59), Duration.ofMinutes(1));
        assertThat(throttle.lockedUntil("admin", "10.0.0.2")).contains(until);
        assertThat(throttle.lockedUntil("ADMIN ", "10.0.0.2")).as("the same username in other case").contains(until);
        assertThat(throttle.lockedUntil("trainee", "10.0.0.2")).isEmpty();
    }

    @Test
    void a_username_without_an_account_is_locked_exactly_like_one_with_an_account() {
        Instant until = failTimes(5, "no-such-person", "10.0.0.1").orElseThrow();

        assertThat(throttle.lockedUntil("no-such-person", "10.0.0.9")).contains(until);
    }

    @Test
    void every_failure_after_a_lock_doubles_the_next_lock_up_to_the_longest() {
        failTimes(5, "admin", "10.0.0.1");
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clock.moveAhead(Duration.ofHours(2));
            Instant now = clock.instant();
            locks.add(Duration.between(now, throttle.failed("admin", "10.0.0." + i).orElseThrow()));
        }

        assertThat(locks).extracting(Duration::toMinutes).containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void the_lock_ends_when_it_said_and_a_success_then_clears_the_usernames_count() {
        Instant until = failTimes(5, "admin", "10.0.0.1").orElseThrow();
        clock.moveAhead(Duration.between(clock.instant(), until).plusSeconds(1));
        assertThat(throttle.lockedUntil("admin", "10.0.0.1")).isEmpty();

        throttle.succeeded("admin");

        assertThat(failTimes(4, "admin", "10.0.0.1")).as("counting starts again from nothing").isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_lock_it_for_every_username_and_a_success_does_not_clear_it() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("user" + i, "10.0.0.7")).isEmpty();
        }
        Instant until = throttle.failed("user19", "10.0.0.7").orElseThrow();
        throttle.succeeded("someone");

        assertThat(throttle.lockedUntil("someone", "10.0.0.7")).contains(until);
        assertThat(throttle.lockedUntil("someone", "10.0.0.8")).isEmpty();
    }

    @Test
    void a_lock_is_published_with_the_username_the_address_and_its_end() {
        Instant until = failTimes(5, "admin", "10.0.0.1").orElseThrow();

        assertThat(events).containsExactly(new SignInLocked("admin", "10.0.0.1", until));
    }

    @Test
    void failures_are_forgotten_a_day_after_the_last() {
        failTimes(4, "admin", "10.0.0.1");
        clock.moveAhead(Duration.ofHours(25));

        assertThat(throttle.failed("admin", "10.0.0.1")).isEmpty();
    }

    @Test
    void it_remembers_a_bounded_number_of_usernames_the_least_recent_going_first() {
        var small = new SignInThrottle(new SignInSettings(2, 100, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofHours(24), 3, Duration.ofMinutes(30), Duration.ofMinutes(2), 0), clock, events::add);
        small.failed("first", "10.0.0.1");
        small.failed("second", "10.0.0.2");
        small.failed("third", "10.0.0.3");
        small.failed("fourth", "10.0.0.4");

        assertThat(small.failed("first", "10.0.0.5")).as("'first' was forgotten, so this is its first failure")
                .isEmpty();
        assertThat(small.failed("fourth", "10.0.0.6")).as("'fourth' is remembered").isPresent();
    }
}
