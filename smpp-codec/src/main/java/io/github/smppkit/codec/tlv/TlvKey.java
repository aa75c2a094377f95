package io.github.smppkit.codec.tlv;

import io.github.smppkit.codec.internal.Check;
import io.github.smppkit.codec.type.Bytes;
import java.util.Optional;

/**
 * A typed key for one TLV tag, with the value-length rule of reference §5.2. Standard keys are in
 * {@link StandardTlvs}; vendors may define their own.
 *
 * <p>Thread-safety: immutable.
 *
 * @param tag the tag, 0..0xFFFF
 * @param name the spec name in lower snake case, e.g. {@code receipted_message_id}
 * @param type how the value maps to {@code T}
 * @param minLength smallest valid value length
 * @param maxLength largest valid value length
 * @param minOrMaxOnly whether only {@code minLength} and {@code maxLength} are valid, not the lengths between
 *     (ms_validity: 1 or 4 octets)
 * @param <T> the Java type of the value
 * @since 0.1.0
 */
public record TlvKey<T>(int tag, String name, TlvType<T> type, int minLength, int maxLength,
        boolean minOrMaxOnly) {

    /**
     * Validates the components.
     *
     * @param tag the tag
     * @param name the spec name
     * @param type the type
     * @param minLength smallest length
     * @param maxLength largest length
     * @param minOrMaxOnly whether the lengths between the two are invalid
     */
    public TlvKey {
        Check.u16(tag, "tag");
        Check.notNull(name, "name");
        Check.notNull(type, "type");
        if (minLength < 0 || maxLength > 0xFFFF || minLength > maxLength) {
            throw new IllegalArgumentException("length rule: " + minLength + ".." + maxLength);
        }
    }

    /**
     * Creates a key whose valid lengths are {@code minLength..maxLength}.
     *
     * @param tag the tag
     * @param name the spec name
     * @param type the type
     * @param minLength smallest length
     * @param maxLength largest length
     */
    public TlvKey(int tag, String name, TlvType<T> type, int minLength, int maxLength) {
        this(tag, name, type, minLength, maxLength, false);
    }

    /**
     * Tells whether a value length follows this key's rule.
     *
     * @param length value length in octets
     * @return {@code minLength <= length <= maxLength}, or with {@link #minOrMaxOnly()} one of the two
     */
    public boolean accepts(int length) {
        return minOrMaxOnly ? length == minLength || length == maxLength
                : length >= minLength && length <= maxLength;
    }

    /**
     * Encodes a value (integers at {@code minLength} octets, wider only if needed).
     *
     * @param value the value
     * @return the value octets
     * @throws IllegalArgumentException if the value does not fit the length rule
     */
    public Bytes encode(T value) {
        Check.notNull(value, name);
        Bytes octets = type.encode(value, minLength, maxLength);
        if (!accepts(octets.size())) {
            throw new IllegalArgumentException(name + ": " + octets.size() + " octets, not " + minLength + " or "
                    + maxLength);
        }
        return octets;
    }

    /**
     * Decodes value octets if they follow the length rule and the type.
     *
     * @param value the octets
     * @return the value, or empty if the length breaks the rule or the octets do not decode
     */
    public Optional<T> decode(Bytes value) {
        if (!accepts(value.size())) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.decode(value));
    }
}
