package io.github.smppkit.session.internal;

import io.github.smppkit.session.RateLimiter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A token bucket counting segments: {@code rate} tokens per second, at most one second's worth stored. A caller
 * asking for more than is stored reserves the tokens (the bucket goes into debt) and sleeps until they would
 * have accrued, so later callers queue behind it in order; the lock is never held while sleeping.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class TokenBucket implements RateLimiter {

    /** A limiter that never waits. */
    public static final RateLimiter UNLIMITED = new RateLimiter() {
        @Override
        public void acquire(int segments) {
        }

        @Override
        public boolean tryAcquire(int segments) {
            return true;
        }

        @Override
        public String toString() {
            return "RateLimiter.unlimited";
        }
    };

    private final ReentrantLock lock = new ReentrantLock();
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    /**
     * Creates a bucket, full.
     *
     * @param perSecond tokens per second, &gt; 0
     */
    public TokenBucket(double perSecond) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("segmentsPerSecond: " + perSecond + " (expected > 0)");
        }
        this.perNano = perSecond / 1e9;
        this.capacity = Math.max(1.0, perSecond);
        this.tokens = capacity;
        this.last = System.nanoTime();
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }

    @Override
    public void acquire(int segments) throws InterruptedException {
        if (segments <= 0) {
            return;
        }
        long waitNanos;
        lock.lock();
        try {
            refill(System.nanoTime());
            tokens -= segments;
            waitNanos = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
        } finally {
            lock.unlock();
        }
        if (waitNanos > 0) {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    @Override
    public boolean tryAcquire(int segments) {
        if (segments <= 0) {
            return true;
        }
        lock.lock();
        try {
            refill(System.nanoTime());
            if (tokens < segments) {
                return false;
            }
            tokens -= segments;
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "RateLimiter.perSecond(" + perNano * 1e9 + ")";
    }
}
