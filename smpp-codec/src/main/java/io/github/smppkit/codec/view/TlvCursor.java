package io.github.smppkit.codec.view;

import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.type.Bytes;
import java.nio.ByteBuffer;

/**
 * Walks the TLVs of a wrapped PDU without allocating: {@code for (c = view.tlvs(c); c.next(); ) { c.tag(); }}.
 * Stops at the first header that does not fit (views have already checked the framing). Reset on a buffer without
 * an accessible array (direct or read-only), it walks a copy of the range in an array it keeps.
 *
 * <p>Thread-safety: not thread-safe; valid until the buffer changes or the cursor is reset.
 *
 * @since 0.1.0
 */
public final class TlvCursor {

    private static final byte[] NONE = new byte[0];

    private byte[] a = NONE;
    private int d;
    private int next;
    private int end;
    private int at = -1;
    private byte[] copy;

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
        if (buffer.hasArray()) {
            return reset(buffer.array(), buffer.arrayOffset(), offset + buffer.arrayOffset(),
                    offset + buffer.arrayOffset() + length);
        }
        // no accessible array (direct or read-only): walk a copy, so that one array-based walk serves all buffers
        copy = Wire.copy(buffer, offset, length, copy);
        return reset(copy, -offset, 0, length);
    }

    /**
     * Points the cursor before the first TLV of a range of a view's octets.
     *
     * @param octets the octets
     * @param delta what to add to a buffer index to get an index into {@code octets}
     * @param from index into {@code octets} of the first tag
     * @param to index into {@code octets} one past the stream
     * @return this cursor
     */
    TlvCursor reset(byte[] octets, int delta, int from, int to) {
        this.a = octets;
        this.d = delta;
        this.next = from;
        this.end = to;
        this.at = -1;
        return this;
    }

    /**
     * Moves to the next TLV.
     *
     * @return {@code false} when there is none (or the rest is not a whole TLV)
     */
    public boolean next() {
        int p = next;
        if (end - p < 4 || end - p - 4 < Wire.u16(a, p + 2)) {
            at = -1;
            return false;
        }
        at = p;
        next = p + 4 + Wire.u16(a, p + 2);
        return true;
    }

    /**
     * Returns the current tag.
     *
     * @return 0..0xFFFF
     */
    public int tag() {
        return Wire.u16(a, at);
    }

    /**
     * Returns the current value length.
     *
     * @return 0..65535
     */
    public int length() {
        return Wire.u16(a, at + 2);
    }

    /**
     * Returns the absolute index of the current value.
     *
     * @return the value offset
     */
    public int valueOffset() {
        return at + 4 - d;
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
                return Wire.u8(a, at + 4);
            case 2:
                return Wire.u16(a, at + 4);
            case 4:
                return Wire.i32(a, at + 4);
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
        return Bytes.copyOf(a, at + 4, length());
    }
}
