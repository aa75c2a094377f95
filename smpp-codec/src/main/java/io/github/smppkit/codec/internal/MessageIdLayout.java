package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.ByteBuffer;

/**
 * Field offsets of {@code submit_sm_resp}, {@code deliver_sm_resp} and {@code data_sm_resp} (reference §4.6,
 * §4.10, §4.12): {@code message_id C(65)} then TLVs. A body of zero octets is accepted (error responses are
 * header-only, reference §2.6) and reads as an empty message_id; so does the body of an error response that does
 * not parse (§2.6: keep the header, ignore the rest), as the record decoder reads it. Offsets index {@link #a}.
 *
 * <p>Thread-safety: not thread-safe.
 */
public final class MessageIdLayout extends Scan {

    /** message_id. */
    public int id;
    /** NUL of message_id (equal to {@link #id} when the body is empty). */
    public int idEnd;
    /** First TLV. */
    public int tlv;

    /**
     * Scans one frame.
     *
     * @param b the buffer
     * @param offset absolute index of the header
     * @param length the frame length
     * @param commandId expected command_id
     * @param strict whether standard TLVs must have valid lengths
     * @return {@code true} if the PDU is well formed or is an error response whose body is ignored
     */
    public boolean scan(ByteBuffer b, int offset, int length, int commandId, boolean strict) {
        if (!begin(b, offset, length, commandId)) {
            return false;
        }
        id = pos;
        idEnd = id;
        if (pos < end) {
            idEnd = cString(65, CommandStatus.ESME_RINVMSGID, "message_id");
        }
        tlv = pos;
        if (idEnd >= 0 && tlvs(strict)) {
            return true;
        }
        if (Wire.i32(a, start + 8) == 0) {
            return false;
        }
        // an error response: the body is ignored, not the frame (reference §2.6), as Responses.empty does
        error = null;
        reason = null;
        idEnd = id;
        tlv = end;
        return true;
    }

    /**
     * Builds the record from a successful scan.
     *
     * @return a {@link SubmitSmResp}, {@link DeliverSmResp} or {@link DataSmResp}
     */
    public Response toRecord() {
        int seq = Wire.i32(a, start + 12);
        CommandStatus status = CommandStatus.of(Wire.i32(a, start + 8));
        String messageId = Wire.latin1(a, id, idEnd);
        Tlvs tlvs = Wire.tlvs(a, tlv, end);
        switch (Wire.i32(a, start + 4)) {
            case 0x80000004:
                return new SubmitSmResp(seq, status, messageId, tlvs);
            case 0x80000005:
                return new DeliverSmResp(seq, status, messageId, tlvs);
            default:
                return new DataSmResp(seq, status, messageId, tlvs);
        }
    }
}
