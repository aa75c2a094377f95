package io.github.smppkit.codec.text.internal;

/**
 * Packs septets into octets and back (3GPP TS 23.038 section 6.1.2.1, reference section 11.3), including the
 * CR rules of section 6.1.2.3.1 needed because SMPP carries octet counts, not septet counts.
 *
 * <p>Stream bit {@code fill + 7k} is the first bit of septet {@code k}; stream bit {@code b} is bit
 * {@code b % 8} (LSB first) of octet {@code b / 8}. Thread-safety: stateless.
 */
public final class SeptetPacker {

    private static final int CR = 0x0D;

    private SeptetPacker() {
    }

    /**
     * Returns the fill bits that put the first septet on a septet boundary after a UDH.
     *
     * @param udhOctets UDH length including the UDHL octet (0 for none)
     * @return 0..6
     */
    public static int fillBits(int udhOctets) {
        return (7 - (udhOctets * 8) % 7) % 7;
    }

    /**
     * Tells whether packing {@code count} septets ending in CR needs the extra CR of 23.038 (the text ends
     * on an octet boundary, where an octet-counting decoder would take the CR for padding).
     *
     * @param fillBits leading fill bits
     * @param count septet count
     * @param lastSeptet the last septet, or -1 for none
     * @return {@code true} when one more CR septet is appended
     */
    public static boolean needsExtraCr(int fillBits, int count, int lastSeptet) {
        return count > 0 && lastSeptet == CR && (fillBits + 7 * count) % 8 == 0;
    }

    /**
     * Returns the packed size.
     *
     * @param fillBits leading fill bits
     * @param count septets actually packed (after any extra CR)
     * @return octets
     */
    public static int packedLength(int fillBits, int count) {
        return count == 0 ? 0 : (fillBits + 7 * count + 7) / 8;
    }

    /**
     * Packs septets into {@code out} from {@code outOffset}; applies both CR rules.
     *
     * @param septets values 0..127
     * @param count how many septets of {@code septets} to pack
     * @param fillBits zero bits before the first septet
     * @param out destination, large enough for {@link #packedLength} of the count after the extra CR
     * @param outOffset first octet written (the one holding the fill bits)
     * @return octets written
     */
    public static int pack(byte[] septets, int count, int fillBits, byte[] out, int outOffset) {
        int n = count;
        boolean extra = needsExtraCr(fillBits, count, count > 0 ? septets[count - 1] : -1);
        if (extra) {
            n++;
        }
        if (n == 0) {
            return 0;
        }
        int acc = 0;
        int bits = fillBits;
        int o = outOffset;
        for (int k = 0; k < n; k++) {
            int s = k < count ? septets[k] & 0x7F : CR;
            acc |= s << bits;
            bits += 7;
            while (bits >= 8) {
                out[o++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            if (bits == 1) {
                // seven spare bits would read as '@': fill them with CR instead
                acc |= CR << 1;
            }
            out[o++] = (byte) acc;
        }
        return o - outOffset;
    }

    /**
     * Unpacks all septets that fit in the octets, dropping one trailing CR that sits in a final seven-bit
     * slot (padding, or the extra CR of a text ending in CR).
     *
     * @param data packed octets
     * @param offset first octet (holding the fill bits)
     * @param length octet count
     * @param fillBits fill bits to skip
     * @return the septets
     */
    public static byte[] unpack(byte[] data, int offset, int length, int fillBits) {
        int bits = length * 8 - fillBits;
        if (bits < 7) {
            return new byte[0];
        }
        int count = bits / 7;
        byte[] out = unpackExactly(data, offset, fillBits, count);
        if (bits % 7 == 0 && out[count - 1] == CR) {
            return java.util.Arrays.copyOf(out, count - 1);
        }
        return out;
    }

    /**
     * Unpacks exactly {@code count} septets (when the septet count is known, e.g. from TP-UDL).
     *
     * @param data packed octets
     * @param offset first octet (holding the fill bits)
     * @param fillBits fill bits to skip
     * @param count septets to read; the caller checks they fit
     * @return the septets
     */
    public static byte[] unpackExactly(byte[] data, int offset, int fillBits, int count) {
        byte[] out = new byte[count];
        if (count == 0) {
            return out;
        }
        // septets are packed from the low bits up: keep the unread bits in an accumulator, one octet at a time
        int i = offset;
        int acc = (data[i++] & 0xFF) >>> fillBits;
        int bits = 8 - fillBits;
        for (int k = 0; k < count; k++) {
            if (bits < 7) {
                acc |= (data[i++] & 0xFF) << bits;
                bits += 8;
            }
            out[k] = (byte) (acc & 0x7F);
            acc >>>= 7;
            bits -= 7;
        }
        return out;
    }
}
