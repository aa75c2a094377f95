package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>cancel_sm</code> (reference §4.14): destination_addr accepted up to C(65) (Kannel) but encoded at most 20
 * characters.
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
 * @param destination destination_addr with its TON and NPI
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record CancelSm(int sequenceNumber, String serviceType, String messageId, Address source, Address destination,
        Tlvs tlvs) implements Request<CancelSmResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param serviceType service_type
     * @param messageId message_id
     * @param source source_addr
     * @param destination destination_addr
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public CancelSm {
        Check.cString(serviceType, 6, "service_type");
        Check.cString(messageId, 65, "message_id");
        Check.address(source, 21, "source_addr");
        Check.address(destination, 65, "destination_addr");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.CANCEL_SM;
    }

    @Override
    public CancelSm withSequenceNumber(int sequenceNumber) {
        return new CancelSm(sequenceNumber, serviceType, messageId, source, destination, tlvs);
    }

    @Override
    public CancelSmResp response(CommandStatus status) {
        return CancelSmResp.of(sequenceNumber, status);
    }

    @Override
    public Class<CancelSmResp> responseType() {
        return CancelSmResp.class;
    }
}
