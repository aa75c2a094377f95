package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.type.Bytes;
import java.nio.ByteBuffer;

/**
 * Walks the TLVs of a wrapped PDU without allocating: {@code for (c = view.tlvs(c); c.next(); ) { c.tag(); }}.
 * Stops at the first header that does not fit (views have already checked the framing).
 *
 * <p>Thread-safety: not thread-safe; valid until the buffer changes or the cursor is reset.
 *
 * @since 0.1.0
 */
public final class TlvCursor {

    private ByteBuffer buf;
    private int next;
    private int end;
    private int at = -1;

    /**
     * Creates an unwrapped cursor; reuse it for many PDUs.
     */
    public TlvCursor() {
        // state is set by reset
    }

    /**
     * Points the cursor before the first TLV of a range.
     *
     * @param buffer the buffer
     * @param offset absolute index of the first tag
     * @param length length of the TLV stream
     * @return this cursor
     */
    public TlvCursor reset(ByteBuffer buffer, int offset, int length) {
        this.buf = buffer;
        this.next = offset;
        this.end = offset + length;
        this.at = -1;
        return this;
    }

    /**
     * Moves to the next TLV.
     *
     * @return {@code false} when there is none (or the rest is not a whole TLV)
     */
    public boolean next() {
        if (buf == null || end - next < 4 || end - next - 4 < Wire.u16(buf, next + 2)) {
            at = -1;
            return false;
        }
        at = next;
        next += 4 + Wire.u16(buf, at + 2);
        return true;
    }

    /**
     * Returns the current tag.
     *
     * @return 0..0xFFFF
     */
    public int tag() {
        return Wire.u16(buf, at);
    }

    /**
     * Returns the current value length.
     *
     * @return 0..65535
     */
    public int length() {
        return Wire.u16(buf, at + 2);
    }

    /**
     * Returns the absolute index of the current value.
     *
     * @return the value offset
     */
    public int valueOffset() {
        return at + 4;
    }

    /**
     * Reads the current value as an unsigned big-endian integer of 1, 2 or 4 octets (0 octets read as 0).
     *
     * @param defaultValue returned for other lengths
     * @return the value
     */
    public int intValue(int defaultValue) {
        switch (length()) {
            case 0:
                return 0;
            case 1:
                return Wire.u8(buf, at + 4);
            case 2:
                return Wire.u16(buf, at + 4);
            case 4:
                return Wire.i32(buf, at + 4);
            default:
                return defaultValue;
        }
    }

    /**
     * Copies the current value.
     *
     * @return the octets
     */
    public Bytes value() {
        return Bytes.copyOf(buf, at + 4, length());
    }
}
