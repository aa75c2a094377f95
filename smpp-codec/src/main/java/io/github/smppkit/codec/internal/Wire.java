package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.type.Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Primitive reads and writes of the SMPP wire types (reference §1): big-endian unsigned integers whatever the
 * buffer's byte order, C-Octet Strings in Latin-1. All reads use absolute indexes and never move a position.
 *
 * <p>Thread-safety: stateless.
 */
public final class Wire {

    private Wire() {
    }

    /**
     * Reads one octet.
     *
     * @param b the buffer
     * @param i absolute index
     * @return 0..255
     */
    public static int u8(ByteBuffer b, int i) {
        return b.get(i) & 0xFF;
    }

    /**
     * Reads a big-endian 2-octet integer.
     *
     * @param b the buffer
     * @param i absolute index
     * @return 0..65535
     */
    public static int u16(ByteBuffer b, int i) {
        return (b.get(i) & 0xFF) << 8 | (b.get(i + 1) & 0xFF);
    }

    /**
     * Reads a big-endian 4-octet integer.
     *
     * @param b the buffer
     * @param i absolute index
     * @return the raw int (callers mask with 0xFFFFFFFFL for unsigned use)
     */
    public static int i32(ByteBuffer b, int i) {
        int v = b.getInt(i);
        return b.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }

    /**
     * Finds the NUL that ends a C-Octet String.
     *
     * @param b the buffer
     * @param from absolute index of the first character
     * @param limit absolute index one past the last readable octet
     * @param max the field maximum including the NUL
     * @return the absolute index of the NUL, or -1 if none within {@code max} octets before {@code limit}
     */
    public static int nul(ByteBuffer b, int from, int limit, int max) {
        int stop = Math.min(limit, from + max);
        if (b.hasArray()) {
            // Plain array scan: no per-octet bounds and order checks of ByteBuffer.get.
            byte[] a = b.array();
            int base = b.arrayOffset();
            for (int i = from; i < stop; i++) {
                if (a[base + i] == 0) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i < stop; i++) {
            if (b.get(i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads Latin-1 text.
     *
     * @param b the buffer
     * @param from absolute index of the first character
     * @param to absolute index one past the last character
     * @return the text, {@code ""} when empty
     */
    public static String latin1(ByteBuffer b, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return "";
        }
        if (b.hasArray()) {
            return new String(b.array(), b.arrayOffset() + from, n, StandardCharsets.ISO_8859_1);
        }
        byte[] tmp = new byte[n];
        b.get(from, tmp, 0, n);
        return new String(tmp, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes a big-endian 4-octet integer at the position.
     *
     * @param dst the buffer
     * @param v the value
     */
    public static void putInt(ByteBuffer dst, int v) {
        dst.putInt(dst.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v));
    }

    /**
     * Writes one octet at the position.
     *
     * @param dst the buffer
     * @param v 0..255
     */
    public static void putU8(ByteBuffer dst, int v) {
        dst.put((byte) v);
    }

    /**
     * Writes a C-Octet String (characters are Latin-1, checked by the model) and its NUL.
     *
     * @param dst the buffer
     * @param s the text
     */
    public static void putCString(ByteBuffer dst, String s) {
        int n = s.length();
        if (dst.hasArray()) {
            // Direct array writes: the caller has checked the room, so no per-octet checks are needed.
            byte[] a = dst.array();
            int at = dst.arrayOffset() + dst.position();
            for (int i = 0; i < n; i++) {
                a[at + i] = (byte) s.charAt(i);
            }
            a[at + n] = 0;
            dst.position(dst.position() + n + 1);
            return;
        }
        for (int i = 0; i < n; i++) {
            dst.put((byte) s.charAt(i));
        }
        dst.put((byte) 0);
    }

    /**
     * Writes TON, NPI and the address text with its NUL.
     *
     * @param dst the buffer
     * @param a the address
     */
    public static void putAddress(ByteBuffer dst, Address a) {
        dst.put((byte) a.ton().value());
        dst.put((byte) a.npi().value());
        putCString(dst, a.value());
    }

    /**
     * Returns the encoded size of a C-Octet String.
     *
     * @param s the text
     * @return length + 1
     */
    public static int cLen(String s) {
        return s.length() + 1;
    }

    /**
     * Returns the encoded size of TON, NPI and address.
     *
     * @param a the address
     * @return value length + 3
     */
    public static int addrLen(Address a) {
        return a.value().length() + 3;
    }

    /**
     * Checks the framing of a TLV stream: whole 4-octet headers, values within the range.
     *
     * @param b the buffer
     * @param from absolute index of the first tag
     * @param to absolute index one past the stream
     * @return -1 if the framing is sound, else the absolute index of the first broken TLV
     */
    public static int brokenTlv(ByteBuffer b, int from, int to) {
        int pos = from;
        while (pos < to) {
            if (to - pos < 4) {
                return pos;
            }
            int len = u16(b, pos + 2);
            if (to - pos - 4 < len) {
                return pos;
            }
            pos += 4 + len;
        }
        return -1;
    }
}
