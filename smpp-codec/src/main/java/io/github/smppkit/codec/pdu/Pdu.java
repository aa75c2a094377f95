package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;

/**
 * An SMPP PDU: one immutable record per command of v3.3, v3.4 and v5.0 (reference §3, §4).
 *
 * <p>The header's {@code command_length} is computed when encoding, and {@code command_status} is only carried
 * by {@link Response}s (requests are sent with 0 and a received request's status is ignored, reference §2.4).
 * New permitted types may be added in later versions (new commands of a later SMPP revision, vendor commands):
 * do not assume the set of implementations is final; dispatch on {@link #commandId()} with a {@code default}
 * branch.
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public sealed interface Pdu permits Request, Response, Notification {

    /**
     * Returns the command.
     *
     * @return the command_id as an enum
     */
    CommandId commandId();

    /**
     * Returns the sequence number; 0 means "let the session assign one".
     *
     * @return sequence_number
     */
    int sequenceNumber();

    /**
     * Returns the TLVs after the mandatory fields.
     *
     * @return the TLVs, possibly empty
     */
    Tlvs tlvs();

    /**
     * Returns a copy with another sequence number.
     *
     * @param sequenceNumber the new sequence_number
     * @return the copy
     */
    Pdu withSequenceNumber(int sequenceNumber);
}
