package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Pdu;

/**
 * A PDU queued for the writer with its encoded length (computed, and so validated, by the caller). It is its own
 * node in the writer's queue, so queueing a PDU allocates one object rather than two; queue it once.
 *
 * <p>Thread-safety: the PDU fields are final; {@link #next} belongs to the {@link Writer}.
 */
final class Outbound {

    /** The PDU, null for {@link #closing}; its own sequence_number may be 0 when the session assigned one. */
    private final Pdu pdu;
    /** The sequence_number to send, written over the PDU's own in the encoded header. */
    private final int sequenceNumber;
    private final int length;
    /** If not empty, close the connection with this reason once the PDU is written (unbind_resp, fatal nack...). */
    private final String closeReason;
    /** The writer's link: the next older PDU while queued, the next newer once taken for a write. */
    Outbound next;
    /** Set by the writer when it drops the request instead of writing it. */
    private boolean notSent;

    /**
     * Queues a PDU with a sequence number of the session's choosing.
     *
     * @param pdu the PDU
     * @param sequenceNumber the sequence_number to send
     * @param length its encoded length
     * @param closeReason non-empty to close the connection once the PDU is written
     */
    Outbound(Pdu pdu, int sequenceNumber, int length, String closeReason) {
        this.pdu = pdu;
        this.sequenceNumber = sequenceNumber;
        this.length = length;
        this.closeReason = closeReason;
    }

    /**
     * A mark that writes nothing and closes the connection once everything queued before it is written: the end
     * of an unbind, so that answers queued just before are not dropped.
     *
     * @param reason the close reason
     * @return the mark
     */
    static Outbound closing(String reason) {
        return new Outbound(null, 0, 0, reason);
    }

    /**
     * Queues a PDU with the sequence number it carries.
     *
     * @param pdu the PDU with its final sequence number
     * @param length its encoded length
     * @param closeReason non-empty to close the connection once the PDU is written
     */
    Outbound(Pdu pdu, int length, String closeReason) {
        this(pdu, pdu.sequenceNumber(), length, closeReason);
    }

    Pdu pdu() {
        return pdu;
    }

    int sequenceNumber() {
        return sequenceNumber;
    }

    int length() {
        return length;
    }

    String closeReason() {
        return closeReason;
    }

    void dropUnsent() {
        notSent = true;
    }

    boolean notSent() {
        return notSent;
    }

    /** Tells whether the PDU is a response (generic_nack included): what the peer's requests make us write. */
    boolean isResponse() {
        return pdu != null && pdu.commandId().isResponse();
    }

    boolean closeAfter() {
        return !closeReason.isEmpty();
    }
}
