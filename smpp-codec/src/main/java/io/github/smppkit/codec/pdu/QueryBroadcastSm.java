package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>query_broadcast_sm</code> (reference §4.19).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param messageId message_id
 * @param source source_addr with its TON and NPI
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record QueryBroadcastSm(int sequenceNumber, String messageId, Address source,
        Tlvs tlvs) implements Request<QueryBroadcastSmResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param messageId message_id
     * @param source source_addr
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public QueryBroadcastSm {
        Check.cString(messageId, 65, "message_id");
        Check.address(source, 21, "source_addr");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.QUERY_BROADCAST_SM;
    }

    @Override
    public QueryBroadcastSm withSequenceNumber(int sequenceNumber) {
        return new QueryBroadcastSm(sequenceNumber, messageId, source, tlvs);
    }

    @Override
    public QueryBroadcastSmResp response(CommandStatus status) {
        return QueryBroadcastSmResp.of(sequenceNumber, status);
    }

    @Override
    public Class<QueryBroadcastSmResp> responseType() {
        return QueryBroadcastSmResp.class;
    }
}
