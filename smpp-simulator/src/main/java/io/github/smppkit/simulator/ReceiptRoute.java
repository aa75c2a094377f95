package io.github.smppkit.simulator;

/**
 * Which bind receives the delivery receipt of a message.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum ReceiptRoute {
    /**
     * The bind that submitted the message when it can receive; otherwise a receiver or transceiver bind of the same
     * system_id (round-robin), as most SMSCs do for a transmitter.
     */
    SAME_SESSION,
    /** Round-robin over every receiver and transceiver bind of the same system_id, as 8x8 documents. */
    ANY_BIND_OF_SYSTEM_ID
}
