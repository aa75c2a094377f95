package io.github.smppkit.bench.session;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts round trips and keeps their latencies in a log-linear histogram (64 buckets per power of two, so a
 * percentile is within 1.6% of the true value) that many threads may update at once.
 *
 * <p>Thread-safety: {@link #record} is thread-safe; {@link #reset} races harmlessly with it.
 *
 * @since 0.1.0
 */
public final class LatencyRecorder {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;

    private final AtomicLongArray counts = new AtomicLongArray(64 * SUB);
    private final LongAdder total = new LongAdder();
    private final LongAdder failures = new LongAdder();

    /**
     * Records one round trip.
     *
     * @param nanos its latency
     */
    public void record(long nanos) {
        counts.incrementAndGet(index(Math.max(0, nanos)));
        total.increment();
    }

    /** Records a request that failed (no latency is kept). */
    public void fail() {
        failures.increment();
    }

    /** Forgets everything recorded so far (the end of the warm-up). */
    public void reset() {
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
        total.reset();
        failures.reset();
    }

    /**
     * Returns the round trips recorded.
     *
     * @return the count
     */
    public long count() {
        return total.sum();
    }

    /**
     * Returns the failures recorded.
     *
     * @return the count
     */
    public long failures() {
        return failures.sum();
    }

    /**
     * Returns a percentile.
     *
     * @param p 0..100
     * @return the latency in nanoseconds (bucket midpoint), or NaN if nothing was recorded
     */
    public double percentile(double p) {
        long n = 0;
        for (int i = 0; i < counts.length(); i++) {
            n += counts.get(i);
        }
        if (n == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(p / 100 * n);
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= Math.max(rank, 1)) {
                long low = lowerBound(i);
                return low + (lowerBound(i + 1) - low) / 2.0;
            }
        }
        return Double.NaN;
    }

    static int index(long v) {
        if (v < SUB) {
            return (int) v;
        }
        int exp = 63 - Long.numberOfLeadingZeros(v);
        int mantissa = (int) (v >>> (exp - SUB_BITS)) - SUB;
        return (exp - SUB_BITS + 1) * SUB + mantissa;
    }

    static long lowerBound(int index) {
        if (index < SUB) {
            return index;
        }
        int exp = index / SUB + SUB_BITS - 1;
        return ((long) (index % SUB + SUB)) << (exp - SUB_BITS);
    }
}
