package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Pdu;

/**
 * What the {@link Writer} reports to its session; a seam so the batching can be tested without a whole session.
 *
 * <p>Thread-safety: called on whichever thread writes (see {@link Writer}).
 */
interface WriterEvents {

    /**
     * A PDU left in a write.
     *
     * @param pdu the PDU as queued
     * @param sequenceNumber the sequence_number it was sent with
     */
    void written(Pdu pdu, int sequenceNumber);

    /**
     * A request was dropped: it was queued behind unbind or unbind_resp, after which a peer reads no request.
     *
     * @param pdu the request as queued
     * @param sequenceNumber its sequence_number
     */
    void notSent(Pdu pdu, int sequenceNumber);

    void close(String reason);

    void connectionFailed(String what, Exception e);
}
