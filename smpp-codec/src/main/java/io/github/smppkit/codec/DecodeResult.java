package io.github.smppkit.codec;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * The outcome of {@link PduCodec#decode}: a PDU, a request for more octets, or a described malformation.
 * Dispatch with {@code instanceof}.
 *
 * <p>Thread-safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public sealed interface DecodeResult {

    /**
     * One PDU was decoded and its frame consumed.
     *
     * @param pdu the PDU
     * @param frameLength octets consumed (its command_length)
     * @since 0.1.0
     */
    record Decoded(Pdu pdu, int frameLength) implements DecodeResult {
    }

    /**
     * The buffer does not hold a whole frame yet; nothing was consumed.
     *
     * @param bytesNeeded how many more octets are needed at least
     * @since 0.1.0
     */
    record NeedMore(int bytesNeeded) implements DecodeResult {
    }

    /**
     * The frame is malformed. If {@code frameLength > 0} the frame was consumed; with {@link Reaction#CLOSE}
     * ({@code command_length} out of range) nothing was consumed and {@code frameLength} is 0.
     *
     * @param commandId command_id as read, 0 if fewer than 16 octets were available
     * @param sequenceNumber sequence_number as read, 0 if fewer than 16 octets were available
     * @param status the command_status to answer with
     * @param reaction what to do
     * @param reason a short description for logs (never contains passwords)
     * @param frameLength octets consumed
     * @since 0.1.0
     */
    record Malformed(int commandId, int sequenceNumber, CommandStatus status, Reaction reaction, String reason,
            int frameLength) implements DecodeResult {
    }
}
