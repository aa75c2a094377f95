package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>param_retrieve_resp</code> (reference §4.21, v3.3 only).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param paramValue param_value
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record ParamRetrieveResp(int sequenceNumber, CommandStatus status, String paramValue,
        Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param paramValue param_value
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public ParamRetrieveResp {
        Check.notNull(status, "command_status");
        Check.cString(paramValue, 101, "param_value");
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static ParamRetrieveResp of(int sequenceNumber, CommandStatus status) {
        return new ParamRetrieveResp(sequenceNumber, status, "", Tlvs.empty());
    }

    /**
     * Creates a successful response.
     *
     * @param sequenceNumber sequence_number of the request
     * @param paramValue param_value
     * @return the response
     */
    public static ParamRetrieveResp ok(int sequenceNumber, String paramValue) {
        return new ParamRetrieveResp(sequenceNumber, CommandStatus.ESME_ROK, paramValue, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.PARAM_RETRIEVE_RESP;
    }

    @Override
    public ParamRetrieveResp withSequenceNumber(int sequenceNumber) {
        return new ParamRetrieveResp(sequenceNumber, status, paramValue, tlvs);
    }
}
