package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;

/**
 * <code>bind_transceiver</code> (reference §4.1): system_id C(16), password C(9), system_type C(13),
 * interface_version, addr_ton, addr_npi, address_range C(41).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param systemId system_id
 * @param password password
 * @param systemType system_type
 * @param interfaceVersion interface_version
 * @param addressRange address_range with its TON and NPI
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record BindTransceiver(int sequenceNumber, String systemId, String password, String systemType,
        InterfaceVersion interfaceVersion, Address addressRange, Tlvs tlvs) implements Bind<BindTransceiverResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param systemId system_id
     * @param password password
     * @param systemType system_type
     * @param interfaceVersion interface_version
     * @param addressRange address_range
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public BindTransceiver {
        Check.cString(systemId, 16, "system_id");
        Check.cString(password, 9, "password");
        Check.cString(systemType, 13, "system_type");
        Check.notNull(interfaceVersion, "interface_version");
        Check.address(addressRange, 41, "address_range");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.BIND_TRANSCEIVER;
    }

    @Override
    public BindTransceiver withSequenceNumber(int sequenceNumber) {
        return new BindTransceiver(sequenceNumber, systemId, password, systemType, interfaceVersion, addressRange,
                tlvs);
    }

    @Override
    public BindTransceiverResp response(CommandStatus status) {
        return BindTransceiverResp.of(sequenceNumber, status);
    }

    @Override
    public Class<BindTransceiverResp> responseType() {
        return BindTransceiverResp.class;
    }

    /** Returns the fields with the password masked. */
    @Override
    public String toString() {
        return "BindTransceiver[" + "sequenceNumber=" + sequenceNumber
                + ", systemId=" + systemId
                + ", password=***"
                + ", systemType=" + systemType
                + ", interfaceVersion=" + interfaceVersion
                + ", addressRange=" + addressRange
                + ", tlvs=" + tlvs + "]";
    }
}
