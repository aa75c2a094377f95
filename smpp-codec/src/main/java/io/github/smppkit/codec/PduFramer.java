package io.github.smppkit.codec;

import io.github.smppkit.codec.internal.Wire;
import java.nio.ByteBuffer;

/**
 * Finds PDU boundaries in a byte stream from {@code command_length} (reference §2.1, §2.4), reading it as
 * unsigned and rejecting out-of-range values as soon as its 4 octets are there.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class PduFramer {

    /** Fewer octets than the header or the frame are readable. */
    public static final int NEED_MORE = -1;
    /** command_length is below 16: close the connection. */
    public static final int TOO_SHORT = -2;
    /** command_length is above the maximum: close the connection. */
    public static final int TOO_LONG = -3;

    private PduFramer() {
    }

    /**
     * Returns the length of the frame at {@code pos}, using the octets up to {@code buf.limit()}.
     *
     * @param buf the buffer
     * @param pos absolute index of the frame
     * @param maxLength the largest acceptable command_length
     * @return the frame length (&gt; 0) if the whole frame is readable, else {@link #NEED_MORE},
     *     {@link #TOO_SHORT} or {@link #TOO_LONG}
     */
    public static int frameLength(ByteBuffer buf, int pos, int maxLength) {
        int avail = buf.limit() - pos;
        if (avail < 4) {
            return NEED_MORE;
        }
        long len = Wire.i32(buf, pos) & 0xFFFFFFFFL;
        if (len < 16) {
            return TOO_SHORT;
        }
        if (len > maxLength) {
            return TOO_LONG;
        }
        return avail < len ? NEED_MORE : (int) len;
    }
}
