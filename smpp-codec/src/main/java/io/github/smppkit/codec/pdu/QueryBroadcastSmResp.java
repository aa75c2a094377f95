package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>query_broadcast_sm_resp</code> (reference §4.19): state and areas travel in TLVs.
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
public record QueryBroadcastSmResp(int sequenceNumber, CommandStatus status, String messageId,
        Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param messageId message_id
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QueryBroadcastSmResp {
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
    public static QueryBroadcastSmResp of(int sequenceNumber, CommandStatus status) {
        return new QueryBroadcastSmResp(sequenceNumber, status, "", Tlvs.empty());
    }

    /**
     * Creates a successful response.
     *
     * @param sequenceNumber sequence_number of the request
     * @param messageId message_id
     * @return the response
     */
    public static QueryBroadcastSmResp ok(int sequenceNumber, String messageId) {
        return new QueryBroadcastSmResp(sequenceNumber, CommandStatus.ESME_ROK, messageId, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_BROADCAST_SM_RESP;
    }

    @Override
    public QueryBroadcastSmResp withSequenceNumber(int sequenceNumber) {
        return new QueryBroadcastSmResp(sequenceNumber, status, messageId, tlvs);
    }
}
