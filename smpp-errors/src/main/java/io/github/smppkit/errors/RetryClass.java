package io.github.smppkit.errors;

/**
 * What a sender should do after a status or receipt code: the "retry?" answer of an {@link ErrorInfo}.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum RetryClass {
    /** Send the same request again at once (a transient hiccup that needs no wait). */
    RETRY_NOW,
    /** Send again later, with growing delays: the peer is (partly) unavailable or the cause may be transient. */
    RETRY_AFTER_BACKOFF,
    /** Too fast: lower the send rate, then retry the message. */
    THROTTLED,
    /** The bind is not in the state the command needs: re-establish the bind, then retry. */
    REBIND,
    /**
     * Do not retry: the request, the account or the destination is wrong. Also used for success and final
     * receipt outcomes, where there is nothing to retry ({@link ErrorInfo#success()} tells them apart).
     */
    PERMANENT
}
