package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Primitive reads of the SMPP wire types (reference §1) and their encoded sizes: big-endian unsigned integers
 * whatever the buffer's byte order, C-Octet Strings in Latin-1. Reads work on the octets of a frame (plain array
 * indexes, no per-octet buffer checks) or use absolute buffer indexes; none moves a position. {@link Out} writes.
 *
 * <p>Thread-safety: stateless.
 */
public final class Wire {

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    /** Little-endian, so that the lowest flagged byte of a word is the first in memory. */
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Wire() {
    }

    /**
     * Reads one octet.
     *
     * @param a the octets
     * @param i index
     * @return 0..255
     */
    public static int u8(byte[] a, int i) {
        return a[i] & 0xFF;
    }

    /**
     * Reads a big-endian 2-octet integer.
     *
     * @param a the octets
     * @param i index
     * @return 0..65535
     */
    public static int u16(byte[] a, int i) {
        return (short) I16.get(a, i) & 0xFFFF;
    }

    /**
     * Reads a big-endian 4-octet integer.
     *
     * @param a the octets
     * @param i index
     * @return the raw int (callers mask with 0xFFFFFFFFL for unsigned use)
     */
    public static int i32(byte[] a, int i) {
        return (int) I32.get(a, i);
    }

    /**
     * Reads a big-endian 4-octet integer from a buffer, whatever its byte order.
     *
     * @param b the buffer
     * @param i absolute index
     * @return the raw int
     */
    public static int i32(ByteBuffer b, int i) {
        int v = b.getInt(i);
        return b.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }

    /**
     * Finds the NUL that ends a C-Octet String.
     *
     * @param a the octets
     * @param from index of the first character
     * @param limit index one past the last readable octet
     * @param max the field maximum including the NUL
     * @return the index of the NUL, or -1 if none within {@code max} octets before {@code limit}
     */
    public static int nul(byte[] a, int from, int limit, int max) {
        int stop = Math.min(limit, from + max);
        if (from < stop && a[from] == 0) {
            // NULL is the most common value of the optional text fields: one load answers it
            return from;
        }
        int i = from;
        // eight octets per step: (x - 0x01..) & ~x & 0x80.. flags a zero octet, exact for the lowest one
        for (; i <= stop - 8; i += 8) {
            long x = (long) I64.get(a, i);
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < stop; i++) {
            if (a[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads Latin-1 text.
     *
     * @param a the octets
     * @param from index of the first character
     * @param to index one past the last character
     * @return the text, {@code ""} when empty
     */
    @SuppressWarnings("deprecation")
    public static String latin1(byte[] a, int from, int to) {
        int n = to - from;
        // hibyte 0 maps each octet to the same char, i.e. Latin-1; unlike the Charset constructor (too big for the
        // JIT to inline, and dispatching on the charset) this one is a bounds check and an array copy
        return n <= 0 ? "" : new String(a, 0, from, n);
    }

    /**
     * Copies octets of a buffer that has no accessible array, so that one array-based parser serves every buffer.
     *
     * @param b the buffer
     * @param from absolute index of the first octet
     * @param n how many octets
     * @param reuse an earlier copy to overwrite if it is large enough, or {@code null}
     * @return the array holding the octets from index 0
     */
    public static byte[] copy(ByteBuffer b, int from, int n, byte[] reuse) {
        byte[] out = reuse != null && reuse.length >= n ? reuse : new byte[n];
        b.get(from, out, 0, n);
        return out;
    }

    /**
     * Copies a TLV stream whose framing the caller has checked.
     *
     * @param a the octets
     * @param from index of the first tag
     * @param to index one past the stream
     * @return the TLVs; the shared empty list when there are none
     */
    public static Tlvs tlvs(byte[] a, int from, int to) {
        return from >= to ? Tlvs.empty() : Tlvs.parse(a, from, to - from);
    }

    /**
     * Checks the framing of a TLV stream: whole 4-octet headers, values within the range.
     *
     * @param a the octets
     * @param from index of the first tag
     * @param to index one past the stream
     * @return -1 if the framing is sound, else the index of the first broken TLV
     */
    public static int brokenTlv(byte[] a, int from, int to) {
        int pos = from;
        while (pos < to) {
            if (to - pos < 4 || to - pos - 4 < u16(a, pos + 2)) {
                return pos;
            }
            pos += 4 + u16(a, pos + 2);
        }
        return -1;
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
}
