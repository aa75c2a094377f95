package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>param_retrieve</code> (reference §4.21, v3.3 only).
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param paramName param_name
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record ParamRetrieve(int sequenceNumber, String paramName, Tlvs tlvs) implements Request<ParamRetrieveResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param paramName param_name
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public ParamRetrieve {
        Check.cString(paramName, 32, "param_name");
        Check.notNull(tlvs, "tlvs");
    }

    @Override
    public CommandId commandId() {
        return CommandId.PARAM_RETRIEVE;
    }

    @Override
    public ParamRetrieve withSequenceNumber(int sequenceNumber) {
        return new ParamRetrieve(sequenceNumber, paramName, tlvs);
    }

    @Override
    public ParamRetrieveResp response(CommandStatus status) {
        return ParamRetrieveResp.of(sequenceNumber, status);
    }

    @Override
    public Class<ParamRetrieveResp> responseType() {
        return ParamRetrieveResp.class;
    }
}
