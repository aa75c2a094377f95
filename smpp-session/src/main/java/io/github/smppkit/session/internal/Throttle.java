package io.github.smppkit.session.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Slows a session down after throttling answers: each throttled response doubles a pause (from 10 ms up to
 * {@code max}) that is then kept between message sends; each OK response halves it until it falls back to 0.
 *
 * <p>Thread-safety: thread-safe; the lock is never held while sleeping.
 */
final class Throttle {

    private static final long MIN_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ReentrantLock lock = new ReentrantLock();
    private final long maxNanos;
    private volatile long pauseNanos;
    private long nextNanos;

    Throttle(Duration max) {
        this.maxNanos = Math.max(MIN_NANOS, max.toNanos());
    }

    /**
     * Records a throttled answer.
     *
     * @return the new pause
     */
    Duration throttled() {
        lock.lock();
        try {
            pauseNanos = Math.min(maxNanos, Math.max(MIN_NANOS, pauseNanos * 2));
            return Duration.ofNanos(pauseNanos);
        } finally {
            lock.unlock();
        }
    }

    /** Records a successful answer. */
    void succeeded() {
        if (pauseNanos == 0) {
            return;
        }
        lock.lock();
        try {
            pauseNanos = pauseNanos / 2 < MIN_NANOS ? 0 : pauseNanos / 2;
        } finally {
            lock.unlock();
        }
    }

    private long reserve(boolean mayWait) {
        if (pauseNanos == 0) {
            // Not throttled, the usual case: no lock taken per send.
            return 0;
        }
        lock.lock();
        try {
            if (pauseNanos == 0) {
                return 0;
            }
            long now = System.nanoTime();
            long at = Math.max(now, nextNanos);
            if (!mayWait && at > now) {
                return -1;
            }
            nextNanos = at + pauseNanos;
            return at - now;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the current pause.
     *
     * @throws InterruptedException if interrupted
     */
    void await() throws InterruptedException {
        long wait = reserve(true);
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /**
     * Takes a send slot if no wait is needed.
     *
     * @return whether a message may be sent now
     */
    boolean tryPass() {
        return reserve(false) >= 0;
    }
}
