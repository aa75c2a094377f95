package io.github.smppkit.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Token buckets, one per bind or per system_id: {@code rate} tokens at most, refilled at {@code rate} per second
 * of the configured clock, so a test with a fixed clock gets exactly {@code rate} submits through.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class RateGates {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int rate;
    private final InstantSource clock;
    private final Map<Object, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Creates the gates.
     *
     * @param rate tokens per second and bucket size; 0 lets everything through
     * @param clock time source
     */
    public RateGates(int rate, InstantSource clock) {
        this.rate = rate;
        this.clock = clock;
    }

    /**
     * Takes a token from a key's bucket.
     *
     * @param key a bind id or system_id
     * @return whether a token was available
     */
    public boolean tryAcquire(Object key) {
        return rate <= 0 || buckets.computeIfAbsent(key, k -> new Bucket(clock.instant())).take();
    }

    /**
     * Tells how much of a key's bucket is in use: the share of its tokens taken and not yet refilled.
     *
     * @param key a bind id or system_id
     * @return 0 (every token there, or no limit) to 99, or 100 when the next take would fail
     */
    public int usedPercent(Object key) {
        Bucket bucket = rate <= 0 ? null : buckets.get(key);
        return bucket == null ? 0 : bucket.usedPercent();
    }

    /**
     * Drops a key's bucket, e.g. when its bind closed.
     *
     * @param key the key
     */
    public void forget(Object key) {
        buckets.remove(key);
    }

    /** Drops every bucket. */
    public void clear() {
        buckets.clear();
    }

    private final class Bucket {
        private final ReentrantLock lock = new ReentrantLock();
        // Tokens are counted in nanos of refill time: one token = 1 s / rate.
        private long credit;
        private Instant last;

        Bucket(Instant now) {
            this.credit = NANOS_PER_SECOND;
            this.last = now;
        }

        boolean take() {
            lock.lock();
            try {
                refill();
                long cost = cost();
                if (credit < cost) {
                    return false;
                }
                credit -= cost;
                return true;
            } finally {
                lock.unlock();
            }
        }

        int usedPercent() {
            lock.lock();
            try {
                refill();
                if (credit < cost()) {
                    return 100;
                }
                return (int) Math.min(99, (NANOS_PER_SECOND - credit) * 100 / NANOS_PER_SECOND);
            } finally {
                lock.unlock();
            }
        }

        private long cost() {
            return NANOS_PER_SECOND / rate;
        }

        private void refill() {
            Instant now = clock.instant();
            if (now.isAfter(last)) {
                long elapsed = Duration.between(last, now).toNanos();
                credit = Math.min(NANOS_PER_SECOND, credit + Math.min(elapsed, NANOS_PER_SECOND));
                last = now;
            }
        }
    }
}
