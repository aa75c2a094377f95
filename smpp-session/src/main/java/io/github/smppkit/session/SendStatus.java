package io.github.smppkit.session;

/**
 * The outcome of {@link SmppSession#trySend}, which never waits.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum SendStatus {
    /**
     * The request was taken; the callback will be called exactly once, with its response or its failure (a
     * session that left BOUND or closed before writing it fails it as {@link SmppConnectionException#notSent()}).
     */
    SENT,
    /** The window is full; nothing was sent and the callback will not be called. */
    WINDOW_FULL,
    /** The rate limiter or a throttling back-off has no room now; nothing was sent. */
    RATE_LIMITED,
    /** The session is not bound (closed, unbinding, reconnecting); nothing was sent. */
    CLOSED
}
