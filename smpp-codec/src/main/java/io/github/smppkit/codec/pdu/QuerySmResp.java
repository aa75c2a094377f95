package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>query_sm_resp</code> (reference §4.13); <code>messageState</code> is raw, see
 * <code>MessageState.fromValue</code>.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param messageId message_id
 * @param finalDate final_date ("" or the 16 characters of an
 *     {@link io.github.smppkit.codec.type.SmppTime})
 * @param messageState message_state
 * @param errorCode error_code
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record QuerySmResp(int sequenceNumber, CommandStatus status, String messageId, String finalDate,
        int messageState, int errorCode, Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param messageId message_id
     * @param finalDate final_date
     * @param messageState message_state
     * @param errorCode error_code
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QuerySmResp {
        Check.notNull(status, "command_status");
        Check.cString(messageId, 65, "message_id");
        Check.time(finalDate, "final_date");
        Check.octet(messageState, "message_state");
        Check.octet(errorCode, "error_code");
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static QuerySmResp of(int sequenceNumber, CommandStatus status) {
        return new QuerySmResp(sequenceNumber, status, "", "", 0, 0, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_SM_RESP;
    }

    @Override
    public QuerySmResp withSequenceNumber(int sequenceNumber) {
        return new QuerySmResp(sequenceNumber, status, messageId, finalDate, messageState, errorCode, tlvs);
    }
}
