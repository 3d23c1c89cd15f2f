package com.rapport.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Embeds a list of sentences on the calling thread and on whichever of a few helper threads are idle. The caller
 * never waits for a helper to start: helpers and caller claim sentences from one counter, so the caller alone
 * finishes the work when every helper is busy with other trainees' replies, and waits at most for the sentences a
 * helper already claimed.
 */
final class ParallelEmbedding {

    /** One helper per core beyond the caller's. */
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

    private static final @Nullable ExecutorService POOL = HELPERS == 0 ? null
            : Executors.newFixedThreadPool(HELPERS, Thread.ofPlatform().name("scorer-embed-", 1).daemon().factory());

    private ParallelEmbedding() {
    }

    static List<float[]> embedAll(List<String> sentences, Function<String, float[]> embed) {
        int count = sentences.size();
        var pool = POOL;
        if (count < 2 || pool == null) {
            return sentences.stream().map(embed).toList();
        }
        var vectors = new float[count][];
        var next = new AtomicInteger();
        var unfinished = new CountDownLatch(count);
        var failure = new AtomicReference<@Nullable RuntimeException>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    vectors[i] = embed.apply(sentences.get(i));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    unfinished.countDown();
                }
            }
        };
        for (int helper = 0; helper < Math.min(HELPERS, count - 1); helper++) {
            pool.execute(work);
        }
        work.run();
        try {
            unfinished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding a reply", e);
        }
        var failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return Arrays.asList(vectors);
    }
}
