package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>submit_sm_resp</code> (reference §4.6): message_id C(65). Sent header-only when the status is not OK (unless
 * it has TLVs).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param messageId message_id
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record SubmitSmResp(int sequenceNumber, CommandStatus status, String messageId, Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param messageId message_id
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public SubmitSmResp {
        Check.notNull(status, "command_status");
        Check.cString(messageId, 65, "message_id");
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static SubmitSmResp of(int sequenceNumber, CommandStatus status) {
        return new SubmitSmResp(sequenceNumber, status, "", Tlvs.empty());
    }

    /**
     * Creates a successful response.
     *
     * @param sequenceNumber sequence_number of the request
     * @param messageId message_id
     * @return the response
     */
    public static SubmitSmResp ok(int sequenceNumber, String messageId) {
        return new SubmitSmResp(sequenceNumber, CommandStatus.ESME_ROK, messageId, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_SM_RESP;
    }

    @Override
    public SubmitSmResp withSequenceNumber(int sequenceNumber) {
        return new SubmitSmResp(sequenceNumber, status, messageId, tlvs);
    }
}
