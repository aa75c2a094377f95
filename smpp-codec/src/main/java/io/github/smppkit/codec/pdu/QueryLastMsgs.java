package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>query_last_msgs</code> (reference §4.21, v3.3 only).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param source source_addr with its TON and NPI
 * @param numMessages num_messages
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record QueryLastMsgs(int sequenceNumber, Address source, int numMessages,
        Tlvs tlvs) implements Request<QueryLastMsgsResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param source source_addr
     * @param numMessages num_messages
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QueryLastMsgs {
        Check.address(source, 21, "source_addr");
        Check.octet(numMessages, "num_messages");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_LAST_MSGS;
    }

    @Override
    public QueryLastMsgs withSequenceNumber(int sequenceNumber) {
        return new QueryLastMsgs(sequenceNumber, source, numMessages, tlvs);
    }

    @Override
    public QueryLastMsgsResp response(CommandStatus status) {
        return QueryLastMsgsResp.of(sequenceNumber, status);
    }

    @Override
    public Class<QueryLastMsgsResp> responseType() {
        return QueryLastMsgsResp.class;
    }
}
