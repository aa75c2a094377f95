package io.github.smppkit.dlr;

/**
 * Why a store entry left without being matched.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum RemovalCause {
    /** Older than its time to live. */
    EXPIRED,
    /** The oldest entry, removed to keep the store within its count bound. */
    EVICTED,
    /** Another entry with the same key took its place (a repeated message id, or a repeated receipt). */
    REPLACED
}
