package io.github.smppkit.cluster;

import io.github.smppkit.cluster.internal.Failures;
import io.github.smppkit.cluster.internal.RedisUri;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A pool of connections to the Redis server the nodes share, opened from a URI such as
 * {@code redis://localhost:6379}, {@code redis://:password@host:6379/2} or {@code rediss://user:password@host}.
 * One instance serves every store, lease and limiter of a process.
 *
 * <pre>{@code
 * try (RedisConnection redis = RedisConnection.open("redis://localhost:6379")) {
 *     RedisReceiptStore<String> store = RedisReceiptStore.builder(redis).build();
 * }
 * }</pre>
 *
 * <p>{@link #open} checks the server at once ({@code PING}), so a bad URI, a refused connection or a refused
 * password fail there with a {@link ClusterException} naming the reason. Every command is bounded by the
 * timeout. Credentials never appear in {@link #toString()}, logs or exception messages.
 *
 * <p>Thread-safety: thread-safe.
 *
 * @since 0.1.0
 */
public final class RedisConnection implements AutoCloseable {

    private final RedisUri uri;
    private final JedisPooled jedis;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisConnection(RedisUri uri, JedisPooled jedis) {
        this.uri = uri;
        this.jedis = jedis;
    }

    /**
     * Opens a pool with the defaults (2 second timeout, at most 16 connections) and checks the server.
     *
     * @param uri {@code redis://[[user]:password@]host[:port][/database]}, or {@code rediss://} for TLS
     * @return the open connection
     * @throws ClusterException if the URI is bad, the connection refused or the credentials rejected
     */
    public static RedisConnection open(String uri) {
        return builder(uri).open();
    }

    /**
     * Starts a builder.
     *
     * @param uri {@code redis://[[user]:password@]host[:port][/database]}, or {@code rediss://} for TLS
     * @return a builder
     * @throws ClusterException with reason {@code BAD_URI} if the URI cannot be used
     */
    public static Builder builder(String uri) {
        return new Builder(RedisUri.parse(uri));
    }

    /**
     * Sends {@code PING}.
     *
     * @throws ClusterException if the server cannot be reached
     */
    public void ping() {
        call("redis", UnifiedJedis::ping);
    }

    /**
     * Runs a command on a pooled connection, mapping failures to {@link ClusterException}. After
     * {@link #close()} every command fails as {@code UNAVAILABLE}, saying the connection is closed. A thread
     * interrupted while waiting for a pooled connection fails as {@code UNAVAILABLE} with its interrupt status set.
     *
     * @param what the operation, for messages
     * @param command the command
     * @param <R> the result type
     * @return the result
     */
    <R> R call(String what, Function<UnifiedJedis, R> command) {
        try {
            return command.apply(jedis);
        } catch (JedisException e) {
            if (closed.get()) {
                // Jedis only says it has no pooled connection, which reads like a Redis outage.
                throw new ClusterException(ClusterException.Reason.UNAVAILABLE, what + ": " + this
                        + " is closed", e);
            }
            if (e.getCause() instanceof InterruptedException) {
                // The pool's wait for a free connection cleared the interrupt: set it again, so that callers can
                // tell a thread being stopped from a Redis outage.
                Thread.currentThread().interrupt();
                throw new ClusterException(ClusterException.Reason.UNAVAILABLE, what + ": interrupted while waiting"
                        + " for a pooled connection to redis at " + uri.address(), e);
            }
            throw Failures.map(uri, what, e);
        }
    }

    /**
     * Returns the server as {@code host:port}.
     *
     * @return the address
     */
    public String address() {
        return uri.address();
    }

    /** Closes every pooled connection; later commands fail with a {@link ClusterException} saying so. Idempotent. */
    @Override
    public void close() {
        closed.set(true);
        jedis.close();
    }

    /** Returns the URI without credentials, e.g. {@code RedisConnection[redis://***@host:6379/0]}. */
    @Override
    public String toString() {
        return "RedisConnection[" + uri + "]";
    }

    /**
     * Configures a {@link RedisConnection}.
     *
     * <p>Thread-safety: not thread-safe; use from one thread.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final RedisUri uri;
        private Duration timeout = Duration.ofSeconds(2);
        private int maxConnections = 16;
        private String clientName = "smppkit";

        private Builder(RedisUri uri) {
            this.uri = uri;
        }

        /**
         * Sets the bound on connecting and on every command (default 2 seconds).
         *
         * @param value a positive duration of at most 24 days
         * @return this builder
         */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "timeout");
            if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("timeout: " + value + " (expected > 0 and <= 24 days)");
            }
            timeout = value;
            return this;
        }

        /**
         * Sets the most connections kept open (default 16); a caller waits at most the timeout for one.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder maxConnections(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxConnections: " + value + " (expected >= 1)");
            }
            maxConnections = value;
            return this;
        }

        /**
         * Sets the name the connections show in {@code CLIENT LIST} (default {@code smppkit}).
         *
         * @param value letters, digits and punctuation, no spaces
         * @return this builder
         */
        public Builder clientName(String value) {
            Objects.requireNonNull(value, "clientName");
            if (value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw new IllegalArgumentException("clientName: '" + value + "' (expected printable, no spaces)");
            }
            clientName = value;
            return this;
        }

        /**
         * Opens the pool and checks the server with {@code PING}.
         *
         * @return the open connection
         * @throws ClusterException if the connection is refused, the credentials rejected or the server silent
         */
        public RedisConnection open() {
            int millis = (int) timeout.toMillis();
            DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                    .connectionTimeoutMillis(millis).socketTimeoutMillis(millis).database(uri.database())
                    .ssl(uri.tls()).clientName(clientName);
            if (!uri.user().isEmpty()) {
                client.user(uri.user());
            }
            if (uri.hasPassword()) {
                client.password(uri.password());
            }
            ConnectionPoolConfig pool = new ConnectionPoolConfig();
            pool.setMaxTotal(maxConnections);
            pool.setMaxIdle(maxConnections);
            pool.setMaxWait(timeout);
            pool.setJmxEnabled(false);
            RedisConnection connection = new RedisConnection(uri,
                    new JedisPooled(new HostAndPort(uri.host(), uri.port()), client.build(), pool));
            try {
                connection.ping();
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
    }
}
