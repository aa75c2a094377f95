package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * <code>unbind</code> (reference §4.4): header only.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record Unbind(int sequenceNumber, Tlvs tlvs) implements Request<UnbindResp> {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public Unbind {
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates the PDU without TLVs.
     *
     * @param sequenceNumber sequence_number
     */
    public Unbind(int sequenceNumber) {
        this(sequenceNumber, Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.UNBIND;
    }

    @Override
    public Unbind withSequenceNumber(int sequenceNumber) {
        return new Unbind(sequenceNumber, tlvs);
    }

    @Override
    public UnbindResp response(CommandStatus status) {
        return UnbindResp.of(sequenceNumber, status);
    }

    @Override
    public Class<UnbindResp> responseType() {
        return UnbindResp.class;
    }
}
