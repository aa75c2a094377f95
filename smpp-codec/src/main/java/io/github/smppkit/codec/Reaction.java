package io.github.smppkit.codec;

/**
 * What a session should do with a malformed PDU (reference §2.4, §2.5).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum Reaction {
    /** Answer with {@code generic_nack} carrying the status and the sequence number; keep the session. */
    GENERIC_NACK,
    /** Answer with the command's own response carrying the status (e.g. {@code submit_sm_resp}). */
    ERROR_RESPONSE,
    /** Drop the PDU silently (a response is never answered). */
    DISCARD,
    /** Framing can no longer be trusted: send {@code generic_nack} if possible, then close the connection. */
    CLOSE
}
