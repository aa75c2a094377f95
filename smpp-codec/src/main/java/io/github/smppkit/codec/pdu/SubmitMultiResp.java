package io.github.smppkit.codec.pdu;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.List;

/**
 * <code>submit_multi_resp</code> (reference §4.8): message_id C(65), no_unsuccess (derived), unsuccess_sme entries.
 *
 * <p>Strings are Latin-1 without NUL, {@code ""} for NULL; the constructor checks every field against its
 * spec maximum and names the field in the exception.
 *
 * <p>Thread-safety: immutable.
 *
 * @param sequenceNumber sequence_number; 0 lets the session assign one
 * @param status command_status
 * @param messageId message_id
 * @param unsuccessSmes unsuccess_sme
 * @param tlvs optional parameters
 * @since 0.1.0
 */
public record SubmitMultiResp(int sequenceNumber, CommandStatus status, String messageId,
        List<UnsuccessSme> unsuccessSmes, Tlvs tlvs) implements Response {

    /**
     * Validates the fields.
     *
     * @param sequenceNumber sequence_number
     * @param status command_status
     * @param messageId message_id
     * @param unsuccessSmes unsuccess_sme
     * @param tlvs tlvs
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public SubmitMultiResp {
        Check.notNull(status, "command_status");
        Check.cString(messageId, 65, "message_id");
        unsuccessSmes = List.copyOf(Check.notNull(unsuccessSmes, "unsuccess_sme"));
        if (unsuccessSmes.size() > 255) {
            throw new IllegalArgumentException("no_unsuccess: " + unsuccessSmes.size() + " > 255");
        }
        Check.notNull(tlvs, "tlvs");
    }

    /**
     * Creates a response with the given status and an empty body, as sent for errors (header only).
     *
     * @param sequenceNumber sequence_number of the request
     * @param status command_status
     * @return the response
     */
    public static SubmitMultiResp of(int sequenceNumber, CommandStatus status) {
        return new SubmitMultiResp(sequenceNumber, status, "", List.of(), Tlvs.empty());
    }

    /**
     * Creates a successful response.
     *
     * @param sequenceNumber sequence_number of the request
     * @param messageId message_id
     * @return the response
     */
    public static SubmitMultiResp ok(int sequenceNumber, String messageId) {
        return new SubmitMultiResp(sequenceNumber, CommandStatus.ESME_ROK, messageId, List.of(), Tlvs.empty());
    }

    @Override
    public CommandId commandId() {
        return CommandId.SUBMIT_MULTI_RESP;
    }

    @Override
    public SubmitMultiResp withSequenceNumber(int sequenceNumber) {
        return new SubmitMultiResp(sequenceNumber, status, messageId, unsuccessSmes, tlvs);
    }
}
