package io.github.smppkit.cluster;

import io.github.smppkit.cluster.internal.Arguments;
import io.github.smppkit.cluster.internal.RateScript;
import io.github.smppkit.session.RateLimiter;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cluster-wide {@link RateLimiter}: one token bucket per account in Redis, counting segments, so that every
 * session of every node sharing the instance's key together stays within the provider's rate.
 *
 * <pre>{@code
 * RateLimiter rate = RedisRateLimiter.builder(redis, "8x8/acme", 50).build();
 * ClientConfig config = SmppClient.builder()...rateLimiter(rate).build();
 * }</pre>
 *
 * <p>The bucket holds at most {@code burst} segments (default one second's worth) and refills at the rate by the
 * Redis server's clock. Each call is one Lua script: {@link #tryAcquire} takes only what is stored;
 * {@link #acquire} reserves at once (the bucket may go into debt) and sleeps until its segments would have
 * accrued, so callers on all nodes queue in arrival order, as in {@link RateLimiter#perSecond}.
 *
 * <p><b>Redis unreachable.</b> A failing call logs one warning and switches to the local limiter (by default
 * {@code RateLimiter.perSecond(rate)}; with N nodes pass {@code rate / N} to stay within the account limit during
 * an outage). While degraded, one caller per {@code retryInterval} tries Redis again, and the limiter returns to
 * Redis when that works. No call waits longer than the connection's timeout plus the rate's own wait. An interrupt
 * while waiting for Redis is no outage: {@link #acquire} throws {@link InterruptedException} and
 * {@link #tryAcquire} refuses, keeping the thread's interrupt status.
 *
 * <p>Thread-safety: thread-safe.
 *
 * @since 0.1.0
 */
public final class RedisRateLimiter implements RateLimiter {

    private static final System.Logger LOG = System.getLogger(RedisRateLimiter.class.getName());
    private static final long HEALTHY = Long.MIN_VALUE;

    private final RedisConnection redis;
    private final String account;
    private final String key;
    private final String rate;
    private final String burst;
    private final double perSecond;
    private final RateLimiter local;
    private final long retryNanos;
    /** {@link #HEALTHY}, or the {@code System.nanoTime()} after which Redis is tried again. */
    private final AtomicLong retryAt = new AtomicLong(HEALTHY);

    private RedisRateLimiter(Builder b) {
        this.redis = b.redis;
        this.account = b.account;
        this.key = b.keyPrefix + ":" + b.account;
        this.perSecond = b.perSecond;
        this.rate = Double.toString(b.perSecond);
        this.burst = Double.toString(b.burst > 0 ? b.burst : Math.max(1.0, b.perSecond));
        this.local = b.local != null ? b.local : RateLimiter.perSecond(b.perSecond);
        this.retryNanos = b.retryInterval.toNanos();
    }

    /**
     * Starts a builder.
     *
     * @param redis the connection
     * @param account the account the rate counts per, e.g. {@code "8x8/acme"}; nodes sharing it share the bucket
     * @param segmentsPerSecond the account's rate, &gt; 0
     * @return a builder
     */
    public static Builder builder(RedisConnection redis, String account, double segmentsPerSecond) {
        return new Builder(redis, account, segmentsPerSecond);
    }

    @Override
    public void acquire(int segments) throws InterruptedException {
        if (segments <= 0) {
            return;
        }
        if (useRedis()) {
            try {
                long waitMicros = take(segments, "reserve");
                recovered();
                if (waitMicros > 0) {
                    TimeUnit.MICROSECONDS.sleep(waitMicros);
                }
                return;
            } catch (ClusterException e) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("rate limiter for " + account + ": interrupted waiting for redis");
                }
                degrade(e);
            }
        }
        local.acquire(segments);
    }

    @Override
    public boolean tryAcquire(int segments) {
        if (segments <= 0) {
            return true;
        }
        if (useRedis()) {
            try {
                boolean taken = take(segments, "try") == 0;
                recovered();
                return taken;
            } catch (ClusterException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
                degrade(e);
            }
        }
        return local.tryAcquire(segments);
    }

    /**
     * Tells whether the limiter currently counts locally because Redis failed.
     *
     * @return whether degraded
     */
    public boolean isDegraded() {
        return retryAt.get() != HEALTHY;
    }

    private long take(int segments, String mode) {
        List<String> args = List.of(rate, burst, Integer.toString(segments), mode);
        Object reply = redis.call("rate limiter", j -> RateScript.TAKE.run(j, List.of(key), args));
        return ((Number) reply).longValue();
    }

    /** Healthy: yes. Degraded: only the one caller that wins the retry slot, once per interval. */
    private boolean useRedis() {
        long at = retryAt.get();
        if (at == HEALTHY) {
            return true;
        }
        long now = System.nanoTime();
        return now - at >= 0 && retryAt.compareAndSet(at, now + retryNanos);
    }

    private void degrade(ClusterException e) {
        long next = System.nanoTime() + retryNanos;
        long before = retryAt.getAndUpdate(at -> at == HEALTHY ? next : at);
        if (before == HEALTHY) {
            LOG.log(Level.WARNING, () -> "rate limiter for " + account + ": redis failed, counting locally with "
                    + local + " until it answers again: " + e.getMessage());
        }
    }

    private void recovered() {
        if (retryAt.getAndSet(HEALTHY) != HEALTHY) {
            LOG.log(Level.INFO, () -> "rate limiter for " + account + ": redis answers again, counting cluster-wide");
        }
    }

    /** Returns the account and rate, e.g. {@code RedisRateLimiter[8x8/acme, 50.0/s]}. */
    @Override
    public String toString() {
        return "RedisRateLimiter[" + account + ", " + perSecond + "/s" + (isDegraded() ? ", degraded" : "") + "]";
    }

    /**
     * Configures a {@link RedisRateLimiter}.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final RedisConnection redis;
        private final String account;
        private final double perSecond;
        private double burst;
        private RateLimiter local;
        private Duration retryInterval = Duration.ofSeconds(1);
        private String keyPrefix = "smppkit:rate";

        private Builder(RedisConnection redis, String account, double perSecond) {
            this.redis = Objects.requireNonNull(redis, "redis");
            this.account = Objects.requireNonNull(account, "account");
            if (account.isBlank()) {
                throw new IllegalArgumentException("account: blank");
            }
            if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                throw new IllegalArgumentException("segmentsPerSecond: " + perSecond + " (expected > 0)");
            }
            this.perSecond = perSecond;
        }

        /**
         * Sets the most segments stored for a burst (default one second's worth, at least 1).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder burst(double value) {
            if (!(value >= 1) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("burst: " + value + " (expected >= 1)");
            }
            burst = value;
            return this;
        }

        /**
         * Sets the limiter used while Redis is unreachable (default {@code RateLimiter.perSecond(rate)}).
         *
         * @param value the local limiter
         * @return this builder
         */
        public Builder localLimiter(RateLimiter value) {
            local = Objects.requireNonNull(value, "localLimiter");
            return this;
        }

        /**
         * Sets how often a degraded limiter tries Redis again (default 1 second).
         *
         * @param value at least 1 millisecond
         * @return this builder
         */
        public Builder retryInterval(Duration value) {
            retryInterval = Arguments.atLeastMillis(value, "retryInterval", 1);
            return this;
        }

        /**
         * Sets the key prefix (default {@code smppkit:rate}); the key is {@code prefix:account}.
         *
         * @param value a non-empty prefix
         * @return this builder
         */
        public Builder keyPrefix(String value) {
            keyPrefix = Arguments.nonEmpty(value, "keyPrefix");
            return this;
        }

        /**
         * Builds the limiter; nothing is written until it is used.
         *
         * @return the limiter
         */
        public RedisRateLimiter build() {
            return new RedisRateLimiter(this);
        }
    }
}
