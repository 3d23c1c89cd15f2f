package com.rapport.scoring;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Native work in flight (loading or running the sentence model), which a command waits for before it exits. A
 * command that ended while the model was still loading on its own thread (a scenario file that fails to parse ends
 * {@code validate} in a second) exited under it: ONNX Runtime's own shutdown hook released its environment in the
 * middle of creating the session and the JVM crashed (a segmentation fault, exit 134 and an {@code hs_err} file
 * instead of exit 1; 27 of 36 such runs). Shutdown hooks run side by side, so the wait cannot be one: the commands
 * call {@link MiniLmEmbedder#finishNativeWork()} before they exit. Once closed, new work is refused at once rather
 * than started. Thread-safe.
 */
final class NativeWork {

    /** The one the model uses. */
    static final NativeWork MODEL = new NativeWork();

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** Runs native work unless closing; any number at once. */
    <T> T run(Supplier<T> work) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The sentence model is not available: the process is exiting");
            }
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Waits, at most the time given, for the work in flight to end; from then on, work is refused.
     *
     * @return whether all work in flight ended in time
     */
    boolean close(long timeout, TimeUnit unit) {
        boolean ended = false;
        try {
            ended = lock.writeLock().tryLock(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        if (ended) {
            lock.writeLock().unlock();
        }
        return ended;
    }
}
