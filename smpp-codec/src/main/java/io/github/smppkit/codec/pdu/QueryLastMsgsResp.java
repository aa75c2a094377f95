package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.List;

/**
 * <code>query_last_msgs_resp</code> (reference §4.21, v3.3 only): number_msgs (derived) message ids C(9).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param messageIds message_id
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record QueryLastMsgsResp(int sequenceNumber, CommandStatus status, List<String> messageIds,
        Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param messageIds message_id
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QueryLastMsgsResp {
        Check.notNull(status, "command_status");
        messageIds = List.copyOf(Check.notNull(messageIds, "message_id"));
        if (messageIds.size() > 255) {
            throw new IllegalArgumentException("number_msgs: " + messageIds.size() + " > 255");
        }
        for (String id : messageIds) {
            Check.cString(id, 9, "message_id");
        }
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static QueryLastMsgsResp of(int sequenceNumber, CommandStatus status) {
        return new QueryLastMsgsResp(sequenceNumber, status, List.of(), Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_LAST_MSGS_RESP;
    }

    @Override
    public QueryLastMsgsResp withSequenceNumber(int sequenceNumber) {
        return new QueryLastMsgsResp(sequenceNumber, status, messageIds, tlvs);
    }
}
