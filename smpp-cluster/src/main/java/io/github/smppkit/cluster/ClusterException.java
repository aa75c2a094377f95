package io.github.smppkit.cluster;

import java.util.Objects;

/**
 * A failure to reach or use the Redis server that the cluster shares. Messages name the server as
 * {@code host:port} and never contain user names or passwords.
 *
 * <p>Thread-safety: immutable after construction.
 *
 * @since 0.1.0
 */
public final class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * What went wrong.
     *
     * @since 0.1.0
     */
    public enum Reason {
        /** The Redis URI cannot be used (syntax, scheme, port or database). */
        BAD_URI,
        /** Nothing accepted the connection (wrong host or port, server down). */
        CONNECTION_REFUSED,
        /** The server refused the credentials, or needs some that were not given. */
        AUTHENTICATION_FAILED,
        /** The server was reachable once but a command failed on the way (timeout, link lost). */
        UNAVAILABLE,
        /** The server answered with an error or with data this library did not write. */
        PROTOCOL
    }

    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason what went wrong
     * @param message what failed, without credentials
     * @param cause the cause, may be {@code null}
     */
    public ClusterException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns what went wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
