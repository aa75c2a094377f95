package io.github.smppkit.cluster;

import io.github.smppkit.cluster.internal.Arguments;
import io.github.smppkit.cluster.internal.Holders;
import io.github.smppkit.cluster.internal.LeaseScripts;
import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.session.BindAdmission;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppTimeoutException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cluster-wide {@link BindAdmission}: at most {@code maxBinds} binds per (provider, system_id) across every
 * node, each bind holding a lease in Redis that a heartbeat renews.
 *
 * <pre>{@code
 * RedisBindLeases leases = RedisBindLeases.builder(redis, "8x8", 4).threadFactory(threads).build();
 * SmppSession s = SmppClient.connect(config.toBuilder().bindAdmission(leases).build());
 * }</pre>
 *
 * <p>A lease is a member of a Redis sorted set scored by its expiry on the Redis server's clock; taking one is a
 * Lua script that first drops expired members, so a node that dies (no heartbeat, no release) loses its leases
 * within the TTL and another node can take them. The heartbeat renews every lease of this node each
 * {@code heartbeat}; a lease found gone (the heartbeat was late by more than the TTL, e.g. during a Redis outage)
 * is taken again if there is room, else a warning is logged: the bind goes on, and the cluster may exceed the
 * limit until it closes.
 *
 * <p>{@link #acquire} waits up to {@code acquireTimeout} for a free lease, polling, then throws
 * {@link SmppTimeoutException}; when Redis is unreachable it throws {@link SmppConnectionException} at once
 * (the bind is not tried, so the limit is never exceeded blindly), or {@link SmppInterruptedException} if the
 * thread was interrupted meanwhile. {@link #release} never throws: a lease it cannot remove expires within the
 * TTL. {@link #close()} stops the heartbeat and releases every lease.
 *
 * <p>Thread-safety: thread-safe; the heartbeat runs on one thread from the configured {@link ThreadFactory}.
 *
 * @since 0.1.0
 */
public final class RedisBindLeases implements BindAdmission, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RedisBindLeases.class.getName());

    private final RedisConnection redis;
    private final String provider;
    private final int maxBinds;
    private final String keyPrefix;
    private final String nodeId;
    private final long ttlMillis;
    private final Duration acquireTimeout;
    private final Duration retryInterval;
    private final AtomicLong sequence = new AtomicLong();
    private final Holders held = new Holders();
    private final ScheduledThreadPoolExecutor heartbeat;

    private RedisBindLeases(Builder b) {
        this.redis = b.redis;
        this.provider = b.provider;
        this.maxBinds = b.maxBinds;
        this.keyPrefix = b.keyPrefix;
        this.nodeId = b.nodeId;
        this.ttlMillis = b.ttl.toMillis();
        this.acquireTimeout = b.acquireTimeout;
        // Poll often enough to notice an expiry soon after it happens, without hammering Redis.
        this.retryInterval = Duration.ofMillis(Math.max(10, Math.min(200, ttlMillis / 10)));
        this.heartbeat = new ScheduledThreadPoolExecutor(1, b.threadFactory);
        heartbeat.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        long every = b.heartbeat != null ? b.heartbeat.toMillis() : Math.max(1, ttlMillis / 3);
        heartbeat.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a builder.
     *
     * @param redis the connection
     * @param provider the provider name that scopes the leases, e.g. {@code "8x8"}
     * @param maxBinds the most binds per system_id across the cluster, at least 1
     * @return a builder
     */
    public static Builder builder(RedisConnection redis, String provider, int maxBinds) {
        return new Builder(redis, provider, maxBinds);
    }

    /**
     * Starts a builder with the provider's name and documented bind limit.
     *
     * @param redis the connection
     * @param profile the provider profile
     * @return a builder
     * @throws IllegalArgumentException if the profile does not document a bind limit
     */
    public static Builder builder(RedisConnection redis, ProviderProfile profile) {
        int max = profile.binding().maxBinds().orElseThrow(() -> new IllegalArgumentException(
                "profile " + profile.name() + ": no documented bind limit (pass maxBinds explicitly)"));
        return new Builder(redis, profile.name(), max);
    }

    @Override
    public void acquire(String systemId) {
        String key = key(systemId);
        String holder = nodeId + "#" + sequence.incrementAndGet();
        long deadline = System.nanoTime() + acquireTimeout.toNanos();
        List<String> args = List.of(holder, Integer.toString(maxBinds), Long.toString(ttlMillis));
        while (true) {
            if (held.isClosed()) {
                throw new SmppConnectionException("bind admission: closed");
            }
            Object reply;
            try {
                reply = redis.call("bind lease", j -> LeaseScripts.ACQUIRE.run(j, List.of(key), args));
            } catch (ClusterException e) {
                if (e.reason() == ClusterException.Reason.UNAVAILABLE) {
                    // The script may have run with its reply lost: free the slot now if Redis lets us.
                    removeQuietly(key, holder);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new SmppInterruptedException("bind admission: interrupted while leasing a bind of "
                            + provider + "/" + systemId, e);
                }
                throw new SmppConnectionException("bind admission: cannot lease a bind of " + provider + "/"
                        + systemId + ": " + e.getMessage(), e);
            }
            if (Long.valueOf(1L).equals(reply)) {
                remember(systemId, holder, key);
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SmppTimeoutException("bind admission: all " + maxBinds + " binds of " + provider + "/"
                        + systemId + " are leased in the cluster (waited " + acquireTimeout + ")");
            }
            pause(Math.min(left, retryInterval.toNanos()));
        }
    }

    private void remember(String systemId, String holder, String key) {
        if (held.add(systemId, holder)) {
            return;
        }
        // Closed while acquiring: give the lease back rather than leak it for a TTL.
        removeQuietly(key, holder);
        throw new SmppConnectionException("bind admission: closed");
    }

    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("bind admission: interrupted while waiting for a lease", e);
        }
    }

    @Override
    public void release(String systemId) {
        held.removeOne(systemId).ifPresent(holder -> removeQuietly(key(systemId), holder));
    }

    private void removeQuietly(String key, String holder) {
        try {
            redis.call("bind lease release", j -> j.zrem(key, holder));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "bind lease " + key + " not released (it expires within the TTL): "
                    + e.getMessage());
        }
    }

    /**
     * Returns how many leases of a system_id this node holds.
     *
     * @param systemId the system_id
     * @return the local count
     */
    public int heldLocally(String systemId) {
        return held.count(systemId);
    }

    /**
     * Returns how many unexpired leases of a system_id the whole cluster holds.
     *
     * @param systemId the system_id
     * @return the cluster-wide count
     * @throws ClusterException if Redis cannot be reached
     */
    public int heldInCluster(String systemId) {
        String key = key(systemId);
        Object n = redis.call("bind lease count", j -> LeaseScripts.COUNT.run(j, List.of(key), List.of()));
        return ((Number) n).intValue();
    }

    /**
     * Returns this node's id, the prefix of its lease members.
     *
     * @return the node id
     */
    public String nodeId() {
        return nodeId;
    }

    private void renewAll() {
        held.snapshot().forEach(this::renew);
    }

    private void renew(String systemId, List<String> holders) {
        String key = key(systemId);
        List<String> args = new ArrayList<>(holders.size() + 1);
        args.add(Long.toString(ttlMillis));
        args.addAll(holders);
        try {
            Object lost = redis.call("bind lease renew", j -> LeaseScripts.RENEW.run(j, List.of(key), args));
            for (Object holder : (List<?>) lost) {
                retake(systemId, key, String.valueOf(holder));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "bind leases of " + provider + "/" + systemId + " not renewed (they expire "
                    + "after " + ttlMillis + " ms without renewal): " + e.getMessage());
        }
    }

    private void retake(String systemId, String key, String holder) {
        if (!held.contains(systemId, holder)) {
            return;
        }
        List<String> args = List.of(holder, Integer.toString(maxBinds), Long.toString(ttlMillis));
        Object reply = redis.call("bind lease", j -> LeaseScripts.ACQUIRE.run(j, List.of(key), args));
        if (!Long.valueOf(1L).equals(reply)) {
            LOG.log(Level.WARNING, () -> "bind lease of " + provider + "/" + systemId + " expired and was taken by "
                    + "another node; this bind goes on, so the cluster exceeds " + maxBinds + " binds until it closes");
        }
    }

    private String key(String systemId) {
        return keyPrefix + ":" + provider.length() + ":" + provider + ":" + systemId;
    }

    /** Stops the heartbeat and releases every lease this node holds. Idempotent. */
    @Override
    public void close() {
        Map<String, List<String>> leases = held.close();
        heartbeat.shutdownNow();
        leases.forEach((systemId, holders) -> holders.forEach(h -> removeQuietly(key(systemId), h)));
    }

    /** Returns the scope and limit, e.g. {@code RedisBindLeases[8x8, max 4, node n1]}. */
    @Override
    public String toString() {
        return "RedisBindLeases[" + provider + ", max " + maxBinds + ", node " + nodeId + "]";
    }

    /**
     * Configures {@link RedisBindLeases}.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final RedisConnection redis;
        private final String provider;
        private final int maxBinds;
        private String keyPrefix = "smppkit:lease";
        private String nodeId = UUID.randomUUID().toString();
        private Duration ttl = Duration.ofSeconds(15);
        private Duration heartbeat;
        private Duration acquireTimeout = Duration.ZERO;
        private ThreadFactory threadFactory = Builder::heartbeatThread;

        private Builder(RedisConnection redis, String provider, int maxBinds) {
            this.redis = Objects.requireNonNull(redis, "redis");
            this.provider = Objects.requireNonNull(provider, "provider");
            if (provider.isBlank()) {
                throw new IllegalArgumentException("provider: blank");
            }
            if (maxBinds < 1) {
                throw new IllegalArgumentException("maxBinds: " + maxBinds + " (expected >= 1)");
            }
            this.maxBinds = maxBinds;
        }

        /**
         * Sets the key prefix (default {@code smppkit:lease}).
         *
         * @param value a non-empty prefix
         * @return this builder
         */
        public Builder keyPrefix(String value) {
            keyPrefix = Arguments.nonEmpty(value, "keyPrefix");
            return this;
        }

        /**
         * Sets this node's id (default a random UUID); unique per node, shown in the lease members.
         *
         * @param value a non-blank id
         * @return this builder
         */
        public Builder nodeId(String value) {
            Objects.requireNonNull(value, "nodeId");
            if (value.isBlank()) {
                throw new IllegalArgumentException("nodeId: blank");
            }
            nodeId = value;
            return this;
        }

        /**
         * Sets how long a lease lasts without renewal (default 15 seconds): a dead node's binds free up after
         * this long.
         *
         * @param value at least 100 milliseconds
         * @return this builder
         */
        public Builder ttl(Duration value) {
            ttl = Arguments.atLeastMillis(value, "ttl", 100);
            return this;
        }

        /**
         * Sets how often leases are renewed (default a third of the TTL).
         *
         * @param value at least 10 milliseconds and less than the TTL
         * @return this builder
         */
        public Builder heartbeat(Duration value) {
            heartbeat = Arguments.atLeastMillis(value, "heartbeat", 10);
            return this;
        }

        /**
         * Sets how long {@link #acquire} waits for a lease to free up (default zero: refuse at once), trying
         * again every tenth of the TTL (at most every 200 ms).
         *
         * @param value zero or positive
         * @return this builder
         */
        public Builder acquireTimeout(Duration value) {
            Objects.requireNonNull(value, "acquireTimeout");
            if (value.isNegative()) {
                throw new IllegalArgumentException("acquireTimeout: " + value + " (expected >= 0)");
            }
            acquireTimeout = value;
            return this;
        }

        /**
         * Sets where the heartbeat thread comes from (default a daemon platform thread).
         *
         * @param value the factory
         * @return this builder
         */
        public Builder threadFactory(ThreadFactory value) {
            threadFactory = Objects.requireNonNull(value, "threadFactory");
            return this;
        }

        private static Thread heartbeatThread(Runnable r) {
            Thread t = new Thread(r, "smppkit-lease-heartbeat");
            t.setDaemon(true);
            return t;
        }

        /**
         * Builds the leases and starts the heartbeat.
         *
         * @return the bind admission
         * @throws IllegalArgumentException if the heartbeat is not shorter than the TTL
         */
        public RedisBindLeases build() {
            if (heartbeat != null && heartbeat.compareTo(ttl) >= 0) {
                throw new IllegalArgumentException("heartbeat: " + heartbeat + " (expected < ttl " + ttl + ")");
            }
            return new RedisBindLeases(this);
        }
    }
}
