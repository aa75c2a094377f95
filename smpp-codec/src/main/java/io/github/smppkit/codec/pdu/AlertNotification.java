package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;

/**
 * <code>alert_notification</code> (reference §4.16): source_addr and esme_addr accepted up to C(65) but the encoder
 * emits at most 20 characters by default ({@link io.github.smppkit.codec.CodecConfig#maxEmittedAddressLength()}:
 * jSMPP refuses a longer source_addr); TLV ms_availability_status; no response PDU.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param source source_addr with its TON and NPI
 * @param esme esme_addr with its TON and NPI
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record AlertNotification(int sequenceNumber, Address source, Address esme, Tlvs tlvs) implements Notification {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param source source_addr
     * @param esme esme_addr
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public AlertNotification {
        Check.address(source, 65, "source_addr");
        Check.address(esme, 65, "esme_addr");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.ALERT_NOTIFICATION;
    }

    @Override
    public AlertNotification withSequenceNumber(int sequenceNumber) {
        return new AlertNotification(sequenceNumber, source, esme, tlvs);
    }
}
