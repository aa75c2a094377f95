package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;

/**
 * <code>outbind</code> (reference §4.3): system_id C(16), password C(9); no response PDU.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param systemId system_id
 * @param password password
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record Outbind(int sequenceNumber, String systemId, String password, Tlvs tlvs) implements Notification {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param systemId system_id
     * @param password password
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public Outbind {
        Check.cString(systemId, 16, "system_id");
        Check.cString(password, 9, "password");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.OUTBIND;
    }

    @Override
    public Outbind withSequenceNumber(int sequenceNumber) {
        return new Outbind(sequenceNumber, systemId, password, tlvs);
    }

    /** Returns the fields with the password masked. */
    @Override
    public String toString() {
        return "Outbind[" + "sequenceNumber=" + sequenceNumber
                + ", systemId=" + systemId
                + ", password=***"
                + ", tlvs=" + tlvs + "]";
    }
}
