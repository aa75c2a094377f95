package io.github.smppkit.codec.tlv;

/**
 * Helpers over an encoded TLV stream held in an array ({@code tag(2) length(2) value} repeated).
 *
 * <p>Thread-safety: stateless.
 */
final class TlvStream {

    private TlvStream() {
    }

    /** Counts TLVs, or returns {@code -(offset + 1)} of the first broken header. */
    static int count(byte[] a) {
        int pos = 0;
        int n = 0;
        while (pos < a.length) {
            if (a.length - pos < 4) {
                return -(pos + 1);
            }
            int len = (a[pos + 2] & 0xFF) << 8 | (a[pos + 3] & 0xFF);
            if (a.length - pos - 4 < len) {
                return -(pos + 1);
            }
            pos += 4 + len;
            n++;
        }
        return n;
    }

    /** Writes one TLV's header and value at {@code at}. */
    static void put(byte[] out, int at, Tlv tlv) {
        int len = tlv.value().size();
        out[at] = (byte) (tlv.tag() >>> 8);
        out[at + 1] = (byte) tlv.tag();
        out[at + 2] = (byte) (len >>> 8);
        out[at + 3] = (byte) len;
        tlv.value().copyTo(out, at + 4);
    }
}
