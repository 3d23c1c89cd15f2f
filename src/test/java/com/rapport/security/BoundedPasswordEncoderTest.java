package com.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password checks on a bounded number of threads, so a sign-in storm leaves cores to the trainees practising. */
class BoundedPasswordEncoderTest {

    /** Counts how many checks run at once; each check waits until every thread has asked for one. */
    private static final class Recording implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch asked;

        Recording(int threads) {
            asked = new CountDownLatch(threads);
        }

        @Override
        public String encode(CharSequence raw) {
            return "{noop}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                asked.await(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return encoded.equals("{noop}" + raw);
        }
    }

    private static int mostAtOnce(int permits, int threads) throws InterruptedException {
        var recording = new Recording(threads);
        var bounded = new BoundedPasswordEncoder(recording, permits);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    recording.asked.countDown();
                    bounded.matches("secret", "{noop}secret");
                });
            }
        }
        return recording.most.get();
    }

    @Test
    void never_checks_more_passwords_at_once_than_it_has_permits() throws InterruptedException {
        assertThat(mostAtOnce(1, 6)).isEqualTo(1);
        assertThat(mostAtOnce(2, 6)).isEqualTo(2);
    }

    @Test
    void answers_exactly_as_the_encoder_it_wraps() {
        var bounded = new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1);

        String hash = bounded.encode("correct horse battery");

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(bounded.matches("correct horse battery", hash)).isTrue();
        assertThat(bounded.matches("wrong horse", hash)).isFalse();
        assertThat(bounded.upgradeEncoding(hash)).isFalse();
        assertThat(bounded.waiting()).isZero();
    }

    @Test
    void refuses_a_bound_below_one_and_the_setting_defaults_to_half_the_cores() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(PasswordEncoderFactories
                .createDelegatingPasswordEncoder(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SignInSettings.DEFAULT.passwordChecks()).isPositive();
        assertThatThrownBy(() -> new SignInSettings(5, 20, java.time.Duration.ofMinutes(1),
                java.time.Duration.ofHours(1), java.time.Duration.ofHours(24), 10, java.time.Duration.ofMinutes(30),
                java.time.Duration.ofMinutes(2), -1)).hasMessageContaining("password-checks-at-once");
    }
}
