package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>replace_sm_resp</code> (reference §4.15): header only.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record ReplaceSmResp(int sequenceNumber, CommandStatus status, Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public ReplaceSmResp {
        Check.notNull(status, "command_status");
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static ReplaceSmResp of(int sequenceNumber, CommandStatus status) {
        return new ReplaceSmResp(sequenceNumber, status, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.REPLACE_SM_RESP;
    }

    @Override
    public ReplaceSmResp withSequenceNumber(int sequenceNumber) {
        return new ReplaceSmResp(sequenceNumber, status, tlvs);
    }
}
