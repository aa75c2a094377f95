package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.type.CommandId;
import java.nio.ByteBuffer;

/**
 * Reads the 16-octet PDU header (reference §2.1) in place.
 *
 * <pre>
 * 0 command_length  4 command_id  8 command_status  12 sequence_number   (all 4-octet big-endian)
 * </pre>
 *
 * <p>Thread-safety: not thread-safe; valid until the next {@code wrap} or until the buffer changes.
 *
 * @since 0.1.0
 */
public final class HeaderView {

    private ByteBuffer buf;
    private int offset;

    /**
     * Creates an unwrapped view; reuse it for many PDUs.
     */
    public HeaderView() {
        // state is set by wrap
    }

    /**
     * Points the view at the header of a frame; same as {@link #wrap(ByteBuffer, int)}, for symmetry with the
     * other views.
     *
     * @param buffer the buffer
     * @param offset absolute index of the header
     * @param length the frame length (at least 16)
     * @return this view
     */
    public HeaderView wrap(ByteBuffer buffer, int offset, int length) {
        return wrap(buffer, offset);
    }

    /**
     * Points the view at a header; the caller guarantees 16 readable octets (see {@code PduFramer}).
     *
     * @param buffer the buffer
     * @param offset absolute index of the header
     * @return this view
     */
    public HeaderView wrap(ByteBuffer buffer, int offset) {
        this.buf = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * Returns command_length, unsigned.
     *
     * @return 0..0xFFFFFFFF
     */
    public long commandLength() {
        return Wire.i32(buf, offset) & 0xFFFFFFFFL;
    }

    /**
     * Returns command_id as on the wire.
     *
     * @return the raw id
     */
    public int commandId() {
        return Wire.i32(buf, offset + 4);
    }

    /**
     * Returns the command, if known.
     *
     * @return the command or {@code null}
     */
    public CommandId command() {
        return CommandId.fromId(commandId());
    }

    /**
     * Returns command_status as on the wire.
     *
     * @return the raw status
     */
    public int commandStatus() {
        return Wire.i32(buf, offset + 8);
    }

    /**
     * Returns sequence_number.
     *
     * @return the raw number
     */
    public int sequenceNumber() {
        return Wire.i32(buf, offset + 12);
    }
}
