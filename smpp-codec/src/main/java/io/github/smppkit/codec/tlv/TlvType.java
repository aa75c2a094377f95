package io.github.smppkit.codec.tlv;

import io.github.smppkit.codec.internal.Wire;
import io.github.smppkit.codec.type.Bytes;

/**
 * How a TLV value maps to a Java type: {@link #INT} (big-endian, decoded by its actual length 0, 1, 2 or 4),
 * {@link #C_STRING} (Latin-1 text whose NUL terminator is part of the value on the wire) and {@link #OCTETS}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param <T> the Java type
 * @since 0.1.0
 */
public abstract class TlvType<T> {

    /**
     * Unsigned big-endian integer; decoded by the actual length (0 octets read as 0; 3 octets are rejected). A
     * 4-octet value keeps its 32 bits, so one above 0x7FFFFFFF comes as a negative {@code int}: read it with
     * {@link Integer#toUnsignedLong(int)}.
     */
    public static final TlvType<Integer> INT = new IntType();
    /** Latin-1 text; on the wire the value ends with one NUL, which counts in the TLV length. */
    public static final TlvType<String> C_STRING = new CStringType();
    /** Raw octets. */
    public static final TlvType<Bytes> OCTETS = new OctetsType();

    private final String name;

    TlvType(String name) {
        this.name = name;
    }

    /**
     * Decodes a value.
     *
     * @param value the value octets
     * @return the decoded value, or {@code null} if the octets cannot represent this type (an integer of 3 or
     *     more than 4 octets; a C-string without a final NUL or with an inner NUL)
     */
    public T decode(Bytes value) {
        byte[] a = value.toByteArray();
        return read(a, 0, a.length);
    }

    /**
     * Encodes a value.
     *
     * @param value the value
     * @param minLength the smallest allowed value length (integers are written at least this wide)
     * @param maxLength the largest allowed value length
     * @return the value octets
     * @throws IllegalArgumentException if the value does not fit
     */
    public abstract Bytes encode(T value, int minLength, int maxLength);

    abstract T read(byte[] a, int offset, int length);

    /** Returns the type name ({@code INT}, {@code C_STRING}, {@code OCTETS}). */
    @Override
    public String toString() {
        return name;
    }

    private static final class IntType extends TlvType<Integer> {
        IntType() {
            super("INT");
        }

        @Override
        Integer read(byte[] a, int offset, int length) {
            long v = readLong(a, offset, length);
            return v < 0 ? null : Integer.valueOf((int) v);
        }

        @Override
        public Bytes encode(Integer value, int minLength, int maxLength) {
            long v = value.intValue() & 0xFFFFFFFFL;
            int needed = v == 0 ? 0 : v <= 0xFF ? 1 : v <= 0xFFFF ? 2 : 4;
            int width = Math.max(minLength, needed);
            if (width == 3) {
                width = 4;
            }
            if (width > maxLength || width > 4) {
                throw new IllegalArgumentException("tlv value: " + v + " does not fit in " + maxLength + " octets");
            }
            byte[] out = new byte[width];
            for (int i = 0; i < width; i++) {
                out[i] = (byte) (v >>> (8 * (width - 1 - i)));
            }
            return Bytes.of(out);
        }
    }

    /**
     * Reads an unsigned big-endian integer of 0, 1, 2 or 4 octets.
     *
     * @return the value, or -1 for other lengths
     */
    static long readLong(byte[] a, int offset, int length) {
        switch (length) {
            case 0:
                return 0;
            case 1:
                return a[offset] & 0xFF;
            case 2:
                return (a[offset] & 0xFF) << 8 | (a[offset + 1] & 0xFF);
            case 4:
                return ((a[offset] & 0xFFL) << 24) | (a[offset + 1] & 0xFF) << 16 | (a[offset + 2] & 0xFF) << 8
                        | (a[offset + 3] & 0xFF);
            default:
                return -1;
        }
    }

    private static final class CStringType extends TlvType<String> {
        CStringType() {
            super("C_STRING");
        }

        @Override
        String read(byte[] a, int offset, int length) {
            int last = offset + length - 1;
            if (length == 0 || a[last] != 0 || Wire.nul(a, offset, last, length) >= 0) {
                return null;
            }
            return Wire.latin1(a, offset, last);
        }

        @Override
        public Bytes encode(String value, int minLength, int maxLength) {
            int n = value.length();
            if (n + 1 > maxLength || n + 1 < minLength) {
                throw new IllegalArgumentException("tlv value: " + (n + 1) + " octets not in " + minLength + ".."
                        + maxLength);
            }
            byte[] out = new byte[n + 1];
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c == 0 || c > 0xFF) {
                    throw new IllegalArgumentException("tlv value: character " + (int) c + " is not Latin-1");
                }
                out[i] = (byte) c;
            }
            return Bytes.of(out);
        }
    }

    private static final class OctetsType extends TlvType<Bytes> {
        OctetsType() {
            super("OCTETS");
        }

        @Override
        Bytes read(byte[] a, int offset, int length) {
            return Bytes.copyOf(a, offset, length);
        }

        @Override
        public Bytes encode(Bytes value, int minLength, int maxLength) {
            if (value.size() > maxLength || value.size() < minLength) {
                throw new IllegalArgumentException("tlv value: " + value.size() + " octets not in " + minLength
                        + ".." + maxLength);
            }
            return value;
        }
    }
}
