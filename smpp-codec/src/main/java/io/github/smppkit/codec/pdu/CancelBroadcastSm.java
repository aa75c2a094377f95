package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>cancel_broadcast_sm</code> (reference §4.20).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param serviceType service_type
 * @param messageId message_id
 * @param source source_addr with its TON and NPI
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record CancelBroadcastSm(int sequenceNumber, String serviceType, String messageId, Address source,
        Tlvs tlvs) implements Request<CancelBroadcastSmResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param serviceType service_type
     * @param messageId message_id
     * @param source source_addr
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public CancelBroadcastSm {
        Check.cString(serviceType, 6, "service_type");
        Check.cString(messageId, 65, "message_id");
        Check.address(source, 21, "source_addr");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.CANCEL_BROADCAST_SM;
    }

    @Override
    public CancelBroadcastSm withSequenceNumber(int sequenceNumber) {
        return new CancelBroadcastSm(sequenceNumber, serviceType, messageId, source, tlvs);
    }

    @Override
    public CancelBroadcastSmResp response(CommandStatus status) {
        return CancelBroadcastSmResp.of(sequenceNumber, status);
    }

    @Override
    public Class<CancelBroadcastSmResp> responseType() {
        return CancelBroadcastSmResp.class;
    }
}
