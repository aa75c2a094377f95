package io.github.smppkit.codec.tlv;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.type.Bytes;

/**
 * One TLV (optional parameter, reference §5.1): a 2-octet tag and up to 65 535 value octets, kept exactly as
 * received. Integer values are big-endian; C-string values include their NUL.
 *
 * <p>Thread-safety: immutable.
 *
 * @param tag the tag, 0..0xFFFF
 * @param value the value octets (the wire length is {@code value.size()})
 * @since 0.1.0
 */
public record Tlv(int tag, Bytes value) {

    /**
     * Validates the components.
     *
     * @param tag the tag
     * @param value the value
     */
    public Tlv {
        Check.u16(tag, "tlv tag");
        Check.notNull(value, "tlv value");
        if (value.size() > 0xFFFF) {
            throw new IllegalArgumentException("tlv value: " + value.size() + " > 65535");
        }
    }

    /**
     * Encodes a typed value.
     *
     * @param key the key
     * @param value the value
     * @param <T> value type
     * @return the TLV
     */
    public static <T> Tlv of(TlvKey<T> key, T value) {
        return new Tlv(key.tag(), key.encode(value));
    }

    /**
     * Returns the number of octets on the wire, header included.
     *
     * @return {@code 4 + value.size()}
     */
    public int encodedLength() {
        return 4 + value.size();
    }

    /** Returns e.g. {@code Tlv[0x001e receipted_message_id]{3132330000}}. */
    @Override
    public String toString() {
        TlvKey<?> key = StandardTlvs.byTag(tag);
        String hex = Integer.toHexString(0x10000 | tag).substring(1);
        return "Tlv[0x" + hex + (key == null ? "" : " " + key.name()) + "]{" + value.toHex() + "}";
    }
}
