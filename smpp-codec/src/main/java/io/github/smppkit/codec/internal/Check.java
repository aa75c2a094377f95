package io.github.smppkit.codec.internal;

import io.github.smppkit.codec.type.Address;

/**
 * Argument checks shared by the model's compact constructors; messages name the spec field.
 *
 * <p>Thread-safety: stateless.
 */
public final class Check {

    private Check() {
    }

    /**
     * Checks a 1-octet field.
     *
     * @param value the value
     * @param field spec name
     * @return {@code value}
     */
    public static int octet(int value, String field) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(field + ": " + value + " not in 0..255");
        }
        return value;
    }

    /**
     * Checks a 2-octet field.
     *
     * @param value the value
     * @param field spec name
     * @return {@code value}
     */
    public static int u16(int value, String field) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(field + ": " + value + " not in 0..65535");
        }
        return value;
    }

    /**
     * Checks a non-null argument.
     *
     * @param value the value
     * @param field spec name
     * @param <T> its type
     * @return {@code value}
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        return value;
    }

    /**
     * Checks a C-Octet String value: Latin-1 characters without NUL, at most {@code maxOctets - 1} of them
     * (the maximum of the spec tables includes the terminator).
     *
     * @param value the text
     * @param maxOctets the spec maximum including the NUL
     * @param field spec name
     * @return {@code value}
     */
    public static String cString(String value, int maxOctets, String field) {
        int n = length(notNull(value, field), maxOctets, field);
        for (int i = 0; i < n; i++) {
            // one unsigned compare: c - 1 wraps NUL to 0xFFFF, so this rejects NUL and everything above 0xFF
            if ((char) (value.charAt(i) - 1) >= 0xFF) {
                throw new IllegalArgumentException(field + ": character " + (int) value.charAt(i) + " at " + i
                        + " is not a non-NUL Latin-1 character");
            }
        }
        return value;
    }

    /**
     * Checks an address field of a PDU: its text as a C-Octet String of the field's maximum. Done here rather
     * than in {@link Address}, which cannot know the field to name.
     *
     * @param value the address
     * @param maxOctets the spec maximum including the NUL
     * @param field spec name
     * @return {@code value}
     */
    public static Address address(Address value, int maxOctets, String field) {
        cString(notNull(value, field).value(), maxOctets, field);
        return value;
    }

    private static int length(String value, int maxOctets, String field) {
        int n = value.length();
        if (n > maxOctets - 1) {
            throw new IllegalArgumentException(field + ": " + n + " > " + (maxOctets - 1));
        }
        return n;
    }

    /**
     * Checks a time field (reference §8): empty or exactly 16 characters.
     *
     * @param value the text
     * @param field spec name
     * @return {@code value}
     */
    public static String time(String value, String field) {
        cString(value, 17, field);
        if (!value.isEmpty() && value.length() != 16) {
            throw new IllegalArgumentException(field + ": length " + value.length() + " is neither 0 nor 16");
        }
        return value;
    }
}
