package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Pdu;

/**
 * A PDU queued for the writer with its encoded length (computed, and so validated, by the caller).
 *
 * <p>Thread-safety: immutable.
 *
 * @param pdu the PDU; its own sequence_number may be 0 when the session assigned one
 * @param sequenceNumber the sequence_number to send, written over the PDU's own in the encoded header
 * @param length its encoded length
 * @param closeReason if not empty, close the connection with this reason once the PDU is written (unbind_resp,
 *     fatal generic_nack, refused bind)
 */
record Outbound(Pdu pdu, int sequenceNumber, int length, String closeReason) {

    /**
     * Queues a PDU with the sequence number it carries.
     *
     * @param pdu the PDU with its final sequence number
     * @param length its encoded length
     * @param closeReason see the record
     */
    Outbound(Pdu pdu, int length, String closeReason) {
        this(pdu, pdu.sequenceNumber(), length, closeReason);
    }

    boolean closeAfter() {
        return !closeReason.isEmpty();
    }
}
