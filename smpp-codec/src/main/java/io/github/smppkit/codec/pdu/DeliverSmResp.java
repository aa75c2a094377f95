package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>deliver_sm_resp</code> (reference §4.10): message_id, normally NULL; any C-string up to 65 octets is accepted.
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
public record DeliverSmResp(int sequenceNumber, CommandStatus status, String messageId, Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param messageId message_id
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public DeliverSmResp {
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
    public static DeliverSmResp of(int sequenceNumber, CommandStatus status) {
        return new DeliverSmResp(sequenceNumber, status, "", Tlvs.empty());
    }

    /**
     * Creates a successful response.
     *
     * @param sequenceNumber sequence_number of the request
     * @param messageId message_id
     * @return the response
     */
    public static DeliverSmResp ok(int sequenceNumber, String messageId) {
        return new DeliverSmResp(sequenceNumber, CommandStatus.ESME_ROK, messageId, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.DELIVER_SM_RESP;
    }

    @Override
    public DeliverSmResp withSequenceNumber(int sequenceNumber) {
        return new DeliverSmResp(sequenceNumber, status, messageId, tlvs);
    }
}
