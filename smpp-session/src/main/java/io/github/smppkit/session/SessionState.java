package io.github.smppkit.session;

/**
 * The life cycle of a session (reference §2.7).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum SessionState {
    /** Connected, not bound yet (a server session waiting for a bind, a client before it sent one). */
    OPEN,
    /** A bind request is outstanding. */
    BINDING,
    /** Bound: requests may flow as the bind type allows. */
    BOUND,
    /** An unbind is under way; new requests are refused. */
    UNBINDING,
    /** The link dropped and a reconnecting client session is connecting and binding again. */
    RECONNECTING,
    /** Closed for good; every request sent through it has completed. */
    CLOSED
}
