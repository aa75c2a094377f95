package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>query_msg_details</code> (reference §4.21, v3.3 only); <code>smLength</code> is how many octets of the text
 * are wanted.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param messageId message_id
 * @param source source_addr with its TON and NPI
 * @param smLength sm_length
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record QueryMsgDetails(int sequenceNumber, String messageId, Address source, int smLength,
        Tlvs tlvs) implements Request<QueryMsgDetailsResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param messageId message_id
     * @param source source_addr
     * @param smLength sm_length
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QueryMsgDetails {
        Check.cString(messageId, 9, "message_id");
        Check.address(source, 21, "source_addr");
        Check.octet(smLength, "sm_length");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_MSG_DETAILS;
    }

    @Override
    public QueryMsgDetails withSequenceNumber(int sequenceNumber) {
        return new QueryMsgDetails(sequenceNumber, messageId, source, smLength, tlvs);
    }

    @Override
    public QueryMsgDetailsResp response(CommandStatus status) {
        return QueryMsgDetailsResp.of(sequenceNumber, status);
    }

    @Override
    public Class<QueryMsgDetailsResp> responseType() {
        return QueryMsgDetailsResp.class;
    }
}
