package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class NativeWorkTest {

    private final NativeWork work = new NativeWork();
    /** A thread of its own per task: the common pool may have a single worker on a 2-core machine. */
    private static final java.util.concurrent.Executor OWN_THREAD = task -> Thread.ofPlatform().daemon().start(task);

    @Test
    void closingWaitsForWorkInFlightToEnd() throws InterruptedException {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var loading = CompletableFuture.supplyAsync(() -> work.run(() -> {
            started.countDown();
            await(release);
            return "loaded";
        }), OWN_THREAD);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        var closing = CompletableFuture.supplyAsync(() -> work.close(10, TimeUnit.SECONDS), OWN_THREAD);
        Thread.sleep(200);
        assertThat(closing).isNotDone();

        release.countDown();
        assertThat(closing.join()).isTrue();
        assertThat(loading.join()).isEqualTo("loaded");
    }

    @Test
    void onceClosedNewWorkIsRefusedAtOnceRatherThanStarted() {
        assertThat(work.close(1, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> work.run(() -> "late")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exiting");
    }

    @Test
    void closingGivesUpAfterItsTimeoutAndSaysSo() {
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var stuck = CompletableFuture.runAsync(() -> work.run(() -> {
            started.countDown();
            await(release);
            return null;
        }), OWN_THREAD);
        await(started);

        assertThat(work.close(100, TimeUnit.MILLISECONDS)).isFalse();
        release.countDown();
        stuck.join();
    }

    @Test
    void workRunsSideBySideWhileOpen() {
        var both = new CountDownLatch(2);
        var first = CompletableFuture.runAsync(() -> work.run(() -> {
            both.countDown();
            await(both);
            return null;
        }), OWN_THREAD);
        var second = CompletableFuture.runAsync(() -> work.run(() -> {
            both.countDown();
            await(both);
            return null;
        }), OWN_THREAD);

        CompletableFuture.allOf(first, second).orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
