package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>bind_transmitter_resp</code> (reference §4.2): system_id C(16); TLV sc_interface_version. Sent header-only
 * when the status is not OK.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param systemId system_id
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record BindTransmitterResp(int sequenceNumber, CommandStatus status, String systemId,
        Tlvs tlvs) implements BindResp {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param systemId system_id
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public BindTransmitterResp {
        Check.notNull(status, "command_status");
        Check.cString(systemId, 16, "system_id");
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static BindTransmitterResp of(int sequenceNumber, CommandStatus status) {
        return new BindTransmitterResp(sequenceNumber, status, "", Tlvs.empty());
    }

    /**
     * Creates a successful response.
     *
     * @param sequenceNumber sequence_number of the request
     * @param systemId system_id
     * @return the response
     */
    public static BindTransmitterResp ok(int sequenceNumber, String systemId) {
        return new BindTransmitterResp(sequenceNumber, CommandStatus.ESME_ROK, systemId, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.BIND_TRANSMITTER_RESP;
    }

    @Override
    public BindTransmitterResp withSequenceNumber(int sequenceNumber) {
        return new BindTransmitterResp(sequenceNumber, status, systemId, tlvs);
    }
}
