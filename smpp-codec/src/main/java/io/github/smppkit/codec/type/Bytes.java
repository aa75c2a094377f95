package io.github.smppkit.codec.type;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An immutable sequence of octets, used wherever a PDU carries raw data ({@code short_message}, TLV values).
 *
 * <p>Records hold {@code Bytes} instead of {@code byte[]} so that they stay immutable and compare by content.
 * Factories copy their input; the hash code is computed once.
 *
 * <p>Thread-safety: immutable, safe to share.
 *
 * @since 0.1.0
 */
public final class Bytes implements Comparable<Bytes> {

    /** The empty sequence. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] data;
    private int hash;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /**
     * Copies the given octets.
     *
     * @param octets the octets
     * @return a sequence holding a copy of {@code octets}
     */
    public static Bytes of(byte... octets) {
        return octets.length == 0 ? EMPTY : new Bytes(octets.clone());
    }

    /**
     * Copies a range of an array.
     *
     * @param array the source
     * @param offset first index to copy
     * @param length number of octets
     * @return a sequence holding the copied range
     * @throws IndexOutOfBoundsException if the range is outside {@code array}
     */
    public static Bytes copyOf(byte[] array, int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        return new Bytes(Arrays.copyOfRange(array, offset, Math.addExact(offset, length)));
    }

    /**
     * Copies {@code length} octets of a buffer starting at an absolute index, without moving its position.
     *
     * @param buffer the source
     * @param index absolute index of the first octet
     * @param length number of octets
     * @return a sequence holding the copied octets
     * @throws IndexOutOfBoundsException if the range is outside the buffer's limit
     */
    public static Bytes copyOf(ByteBuffer buffer, int index, int length) {
        if (length == 0) {
            return EMPTY;
        }
        byte[] copy = new byte[length];
        buffer.get(index, copy, 0, length);
        return new Bytes(copy);
    }

    /**
     * Parses hexadecimal text (upper or lower case, even length, no separators).
     *
     * @param hex the text
     * @return the octets it denotes
     * @throws IllegalArgumentException if {@code hex} has an odd length or a non-hex character
     */
    public static Bytes fromHex(CharSequence hex) {
        int n = hex.length();
        if ((n & 1) != 0) {
            throw new IllegalArgumentException("hex: odd number of digits (" + n + ")");
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            out[i / 2] = (byte) (digit(hex, i) << 4 | digit(hex, i + 1));
        }
        return out.length == 0 ? EMPTY : new Bytes(out);
    }

    private static int digit(CharSequence hex, int index) {
        int d = Character.digit(hex.charAt(index), 16);
        if (d < 0) {
            throw new IllegalArgumentException("hex: '" + hex.charAt(index) + "' at index " + index + " is not a hex digit");
        }
        return d;
    }

    /**
     * Returns the number of octets.
     *
     * @return the size
     */
    public int size() {
        return data.length;
    }

    /**
     * Tells whether the sequence is empty.
     *
     * @return {@code true} when {@link #size()} is 0
     */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /**
     * Returns one octet, unsigned.
     *
     * @param index its index
     * @return the octet as 0..255
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public int get(int index) {
        return data[index] & 0xFF;
    }

    /**
     * Returns a copy of the octets.
     *
     * @return a new array
     */
    public byte[] toByteArray() {
        return data.clone();
    }

    /**
     * Returns a copy of a range.
     *
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @return the range as a new sequence
     * @throws IndexOutOfBoundsException if the range is out of bounds
     */
    public Bytes slice(int from, int to) {
        if (from < 0 || to > data.length || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of " + data.length);
        }
        return from == 0 && to == data.length ? this : copyOf(data, from, to - from);
    }

    /**
     * Writes the octets at the buffer's position and advances it.
     *
     * @param dst the destination
     * @throws java.nio.BufferOverflowException if {@code dst} has fewer than {@link #size()} remaining
     */
    public void writeTo(ByteBuffer dst) {
        dst.put(data);
    }

    /**
     * Copies the octets into an array.
     *
     * @param dst the destination
     * @param offset where the first octet goes
     */
    public void copyTo(byte[] dst, int offset) {
        System.arraycopy(data, 0, dst, offset, data.length);
    }

    /**
     * Returns a read-only view of the octets.
     *
     * @return a read-only buffer positioned at 0
     */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(data).asReadOnlyBuffer();
    }

    /**
     * Returns the octets as lower-case hexadecimal text.
     *
     * @return two digits per octet
     */
    public String toHex() {
        char[] out = new char[data.length * 2];
        for (int i = 0; i < data.length; i++) {
            out[2 * i] = HEX[(data[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[data[i] & 0xF];
        }
        return new String(out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes && Arrays.equals(data, ((Bytes) other).data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(data);
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(data, other.data);
    }

    /** Returns {@code [hex]} with the size, e.g. {@code Bytes[3]{48656c}}. */
    @Override
    public String toString() {
        return "Bytes[" + data.length + "]{" + toHex() + "}";
    }
}
