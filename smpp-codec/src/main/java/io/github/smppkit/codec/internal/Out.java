package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes the SMPP wire types (reference §1) at an index of a destination and returns the index after them, so
 * that one body writer serves every buffer: {@link #ARRAY} stores straight into a heap buffer's array (indexes
 * of the array), {@link #BUFFER} goes through a buffer's absolute puts (direct buffers; buffer indexes). Both are
 * stateless singletons, so a call site sees at most two types and encoding allocates nothing. Integers are
 * big-endian whatever the buffer's byte order.
 *
 * <p>The encoder checks the room for the whole PDU (its exact size) before the first write, so {@link #ARRAY}
 * relies on the array's own bounds only. Text is Latin-1 without NUL, as the records guarantee.
 *
 * <p>Thread-safety: stateless.
 *
 * @param <T> the destination: {@code byte[]} or {@link ByteBuffer}
 */
public abstract class Out<T> {

    /** Stores into a heap buffer's array; indexes are array indexes. */
    public static final Out<byte[]> ARRAY = new ArrayOut();
    /** Writes through absolute puts, for buffers without an accessible array; indexes are buffer indexes. */
    public static final Out<ByteBuffer> BUFFER = new BufferOut();

    private Out() {
    }

    /**
     * Writes one octet.
     *
     * @param dst the destination
     * @param at index
     * @param v 0..255
     * @return {@code at + 1}
     */
    public abstract int u8(T dst, int at, int v);

    /**
     * Writes a big-endian 4-octet integer.
     *
     * @param dst the destination
     * @param at index
     * @param v the value
     * @return {@code at + 4}
     */
    public abstract int i32(T dst, int at, int v);

    /**
     * Writes a C-Octet String and its NUL.
     *
     * @param dst the destination
     * @param at index
     * @param s Latin-1 text without NUL
     * @return the index after the NUL
     */
    public abstract int cString(T dst, int at, String s);

    /**
     * Writes octets.
     *
     * @param dst the destination
     * @param at index
     * @param b the octets
     * @return the index after them
     */
    public abstract int bytes(T dst, int at, Bytes b);

    /**
     * Writes a TLV stream.
     *
     * @param dst the destination
     * @param at index
     * @param t the TLVs
     * @return the index after them
     */
    public abstract int tlvs(T dst, int at, Tlvs t);

    /**
     * Writes TON, NPI and the address text with its NUL.
     *
     * @param dst the destination
     * @param at index
     * @param a the address
     * @return the index after the NUL
     */
    public final int address(T dst, int at, Address a) {
        u8(dst, at, a.ton().value());
        u8(dst, at + 1, a.npi().value());
        return cString(dst, at + 2, a.value());
    }

    /** Plain array stores. */
    private static final class ArrayOut extends Out<byte[]> {

        private static final VarHandle I32 =
                MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

        @Override
        public int u8(byte[] dst, int at, int v) {
            dst[at] = (byte) v;
            return at + 1;
        }

        @Override
        public int i32(byte[] dst, int at, int v) {
            I32.set(dst, at, v);
            return at + 4;
        }

        @Override
        @SuppressWarnings("deprecation") // the low-byte copy is exactly Latin-1, which the records guarantee
        public int cString(byte[] dst, int at, String s) {
            int n = s.length();
            if (n == 0) {
                // NULL is the usual value of the optional text fields: one store instead of an array copy call
                dst[at] = 0;
                return at + 1;
            }
            s.getBytes(0, n, dst, at);
            dst[at + n] = 0;
            return at + n + 1;
        }

        @Override
        public int bytes(byte[] dst, int at, Bytes b) {
            b.copyTo(dst, at);
            return at + b.size();
        }

        @Override
        public int tlvs(byte[] dst, int at, Tlvs t) {
            int n = t.encodedLength();
            if (n != 0) {
                t.copyTo(dst, at);
            }
            return at + n;
        }
    }

    /** Absolute puts, each checked against the limit by the buffer. */
    private static final class BufferOut extends Out<ByteBuffer> {

        @Override
        public int u8(ByteBuffer dst, int at, int v) {
            dst.put(at, (byte) v);
            return at + 1;
        }

        @Override
        public int i32(ByteBuffer dst, int at, int v) {
            dst.putInt(at, dst.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v));
            return at + 4;
        }

        @Override
        public int cString(ByteBuffer dst, int at, String s) {
            int n = s.length();
            for (int i = 0; i < n; i++) {
                dst.put(at + i, (byte) s.charAt(i));
            }
            dst.put(at + n, (byte) 0);
            return at + n + 1;
        }

        @Override
        public int bytes(ByteBuffer dst, int at, Bytes b) {
            // Bytes writes relatively only; the encoder sets the final position itself afterwards
            dst.position(at);
            b.writeTo(dst);
            return at + b.size();
        }

        @Override
        public int tlvs(ByteBuffer dst, int at, Tlvs t) {
            // Tlvs writes relatively only, as Bytes does
            dst.position(at);
            t.writeTo(dst);
            return at + t.encodedLength();
        }
    }
}
