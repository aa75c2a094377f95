package io.github.smppkit.codec.text.internal;

import io.github.smppkit.codec.text.TextCodec;
import io.github.smppkit.codec.text.TextEncoding;
import io.github.smppkit.codec.text.UnencodableCharacterException;
import io.github.smppkit.codec.type.Bytes;

/**
 * UCS-2, Latin-1 and IA5 codecs: fixed-width encodings without escapes.
 *
 * <p>UCS-2 is written big-endian; a supplementary character travels as its surrogate pair (2 units), a lone
 * surrogate is refused on encode because it is not text. Thread-safety: immutable.
 */
public final class OctetCodec implements TextCodec {

    /** UCS-2 big-endian (data_coding 0x08). */
    public static final OctetCodec UCS2 = new OctetCodec(TextEncoding.UCS2, 0);
    /** ISO-8859-1 (data_coding 0x03). */
    public static final OctetCodec LATIN1 = new OctetCodec(TextEncoding.LATIN1, 0xFF);
    /** IA5 / ASCII (data_coding 0x01). */
    public static final OctetCodec IA5 = new OctetCodec(TextEncoding.IA5, 0x7F);

    private final TextEncoding encoding;
    private final int maxChar;

    private OctetCodec(TextEncoding encoding, int maxChar) {
        this.encoding = encoding;
        this.maxChar = maxChar;
    }

    @Override
    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    public int units(int codePoint) {
        if (encoding == TextEncoding.UCS2) {
            if (codePoint > 0xFFFF) {
                return 2;
            }
            return Character.isSurrogate((char) codePoint) ? 0 : 1;
        }
        return codePoint >= 0 && codePoint <= maxChar ? 1 : 0;
    }

    @Override
    public Bytes encode(CharSequence text) {
        int n = text.length();
        byte[] out = new byte[encoding == TextEncoding.UCS2 ? 2 * n : n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (encoding == TextEncoding.UCS2) {
                if (Character.isSurrogate(c) && !isPairAt(text, i)) {
                    throw new UnencodableCharacterException(c, i, name());
                }
                if (Character.isHighSurrogate(c)) {
                    out[2 * i] = (byte) (c >> 8);
                    out[2 * i + 1] = (byte) c;
                    i++;
                    c = text.charAt(i);
                }
                out[2 * i] = (byte) (c >> 8);
                out[2 * i + 1] = (byte) c;
            } else {
                if (c > maxChar) {
                    throw new UnencodableCharacterException(Character.codePointAt(text, i), i, name());
                }
                out[i] = (byte) c;
            }
        }
        return Bytes.of(out);
    }

    private static boolean isPairAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        // a low surrogate reached here was not consumed by a preceding high surrogate
        return false;
    }

    @Override
    public String decode(Bytes data) {
        int n = data.size();
        if (encoding == TextEncoding.UCS2) {
            StringBuilder out = new StringBuilder(n / 2 + 1);
            for (int i = 0; i + 1 < n; i += 2) {
                out.append((char) (data.get(i) << 8 | data.get(i + 1)));
            }
            if ((n & 1) != 0) {
                // odd octet count: the last octet is half a unit
                out.append('\uFFFD');
            }
            return out.toString();
        }
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            int b = data.get(i);
            out[i] = b <= maxChar ? (char) b : '\uFFFD';
        }
        return new String(out);
    }
}
