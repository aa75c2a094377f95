package io.github.smppkit.codec.text;

import io.github.smppkit.codec.text.internal.OctetCodec;
import io.github.smppkit.codec.type.Bytes;
import java.util.Objects;

/**
 * Converts text to and from the octets of one encoding.
 *
 * <p>Encoding is strict: a character the encoding cannot carry raises {@link UnencodableCharacterException}
 * unless the caller passes a replacement. Decoding never throws: bytes that map to no character become
 * U+FFFD. Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface TextCodec {

    /**
     * Returns the encoding this codec implements.
     *
     * @return the encoding
     */
    TextEncoding encoding();

    /**
     * Returns how many units (septets, 16-bit units or octets) a code point costs.
     *
     * @param codePoint the code point (a lone surrogate is passed as itself)
     * @return 1 or 2, or 0 when the encoding cannot carry it
     */
    int units(int codePoint);

    /**
     * Encodes a text; for GSM 7-bit one septet per octet (unpacked).
     *
     * @param text the text
     * @return the encoded octets
     * @throws UnencodableCharacterException naming the first character that cannot be encoded
     */
    Bytes encode(CharSequence text);

    /**
     * Decodes octets produced by {@link #encode(CharSequence)} or received from a peer.
     *
     * @param data the octets
     * @return the text; never throws
     */
    String decode(Bytes data);

    /**
     * Returns a name for messages, e.g. {@code gsm7+turkish}.
     *
     * @return the name
     */
    default String name() {
        return encoding().label();
    }

    /**
     * Counts the units of a whole text.
     *
     * @param text the text
     * @return the sum of {@link #units(int)} over its code points
     * @throws UnencodableCharacterException naming the first character that cannot be encoded
     */
    default int unitCount(CharSequence text) {
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int u = units(cp);
            if (u == 0) {
                throw new UnencodableCharacterException(cp, i, name());
            }
            total += u;
            i += Character.charCount(cp);
        }
        return total;
    }

    /**
     * Tells whether every character of a text can be encoded.
     *
     * @param text the text
     * @return {@code true} when {@link #encode(CharSequence)} would succeed
     */
    default boolean canEncode(CharSequence text) {
        return firstUnencodable(text) < 0;
    }

    /**
     * Finds the first character this codec cannot carry.
     *
     * @param text the text
     * @return its char index, or -1 when the whole text is encodable
     */
    default int firstUnencodable(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (units(cp) == 0) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Replaces every code point this codec cannot carry by {@code replacement}; the caller asks for this
     * explicitly, so the substitution is never silent.
     *
     * @param text the text
     * @param replacement the text put in place of each unencodable code point; must itself be encodable
     * @return the text that would be sent
     * @throws IllegalArgumentException if {@code replacement} cannot be encoded
     */
    default String replaceUnencodable(CharSequence text, String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (!canEncode(replacement)) {
            throw new IllegalArgumentException("replacement: \"" + replacement + "\" cannot be encoded in " + name());
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (units(cp) == 0) {
                out.append(replacement);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Encodes a text, replacing characters it cannot carry.
     *
     * @param text the text
     * @param replacement put in place of each unencodable code point
     * @return the encoded octets
     * @throws IllegalArgumentException if {@code replacement} cannot be encoded
     */
    default Bytes encode(CharSequence text, String replacement) {
        return encode(replaceUnencodable(text, replacement));
    }

    /**
     * Returns the codec for an encoding; GSM 7-bit is {@link GsmAlphabet#standard()} (unpacked).
     *
     * @param encoding the encoding
     * @return a shared codec
     * @throws IllegalArgumentException for {@link TextEncoding#BINARY}, which carries octets, not text
     */
    static TextCodec of(TextEncoding encoding) {
        switch (encoding) {
            case GSM7:
                return GsmAlphabet.standard();
            case UCS2:
                return OctetCodec.UCS2;
            case LATIN1:
                return OctetCodec.LATIN1;
            case IA5:
                return OctetCodec.IA5;
            case BINARY:
                throw new IllegalArgumentException("encoding: binary data has no text codec");
            default:
                throw new IllegalArgumentException("encoding: " + encoding);
        }
    }
}
