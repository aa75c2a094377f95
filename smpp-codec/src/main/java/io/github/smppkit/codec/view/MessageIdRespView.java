package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.MessageIdLayout;
import io.github.smppkit.codec.internal.Scan;
import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.pdu.Response;
import java.nio.ByteBuffer;

/**
 * A zero-allocation view of {@code submit_sm_resp}, {@code deliver_sm_resp} or {@code data_sm_resp}
 * (reference §4.6, §4.10, §4.12): {@code header(16) message_id C(65) | TLVs}. A header-only error response
 * reads as an empty message_id, and so does an error response whose body does not parse (reference §2.6: keep the
 * header, ignore the rest). The same scan backs the record decoder.
 *
 * <p>If the PDU is malformed, {@link #valid()} is {@code false} and {@link #error()} holds the status.
 *
 * <p>Thread-safety: not thread-safe; valid until the next {@code wrap} or until the buffer changes.
 *
 * @since 0.1.0
 */
public final class MessageIdRespView extends FrameView {

    private final MessageIdLayout l = new MessageIdLayout();

    @Override
    Scan scan() {
        return l;
    }

    /**
     * Creates an unwrapped view; reuse it for many PDUs.
     */
    public MessageIdRespView() {
        // state is set by wrap
    }

    /**
     * Scans one frame.
     *
     * @param buffer the buffer
     * @param offset absolute index of the header
     * @param length the frame length (command_length)
     * @return this view
     */
    public MessageIdRespView wrap(ByteBuffer buffer, int offset, int length) {
        int id = length >= 16 && offset >= 0 && offset + 8 <= buffer.limit() ? Wire.i32(buffer, offset + 4) : 0;
        if (id != 0x80000004 && id != 0x80000005 && id != 0x80000103) {
            id = 0x80000004;
        }
        l.scan(buffer, offset, length, id, false);
        return this;
    }

    /**
     * Returns command_id as on the wire.
     *
     * @return the raw id
     */
    public int commandId() {
        return Wire.i32(l.a, l.start + 4);
    }

    /**
     * Returns the absolute index of message_id.
     *
     * @return the offset
     */
    public int messageIdOffset() {
        return l.id - l.d;
    }

    /**
     * Returns the length of message_id without its NUL.
     *
     * @return the length
     */
    public int messageIdLength() {
        return l.idEnd - l.id;
    }

    /**
     * Returns message_id (allocates unless empty).
     *
     * @return the text
     */
    public String messageId() {
        return Wire.latin1(l.a, l.id, l.idEnd);
    }

    /**
     * Returns the absolute index of the first TLV.
     *
     * @return the offset
     */
    public int tlvsOffset() {
        return l.tlv - l.d;
    }

    /**
     * Returns the length of the TLV part.
     *
     * @return octets from the first TLV to the end of the PDU
     */
    public int tlvsLength() {
        return l.end - l.tlv;
    }

    /**
     * Points a cursor at this PDU's TLVs.
     *
     * @param cursor a reusable cursor
     * @return {@code cursor}
     */
    public TlvCursor tlvs(TlvCursor cursor) {
        return cursor.reset(l.a, l.d, l.tlv, l.end);
    }

    /**
     * Copies the PDU into a record.
     *
     * @return a {@code SubmitSmResp}, {@code DeliverSmResp} or {@code DataSmResp}
     * @throws IllegalStateException if the PDU is malformed
     */
    public Response toRecord() {
        if (l.error != null) {
            throw new IllegalStateException("malformed response: " + l.reason);
        }
        return l.toRecord();
    }
}
