package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * Type of number of an address (reference §7.7). A record so that reserved values round-trip.
 *
 * <p>Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record Ton(int value) {

    private static final Ton[] CACHE = new Ton[256];

    static {
        for (int i = 0; i < 256; i++) {
            CACHE[i] = new Ton(i);
        }
    }

    /** 0: unknown. */
    public static final Ton UNKNOWN = CACHE[0];
    /** 1: international. */
    public static final Ton INTERNATIONAL = CACHE[1];
    /** 2: national. */
    public static final Ton NATIONAL = CACHE[2];
    /** 3: network specific. */
    public static final Ton NETWORK_SPECIFIC = CACHE[3];
    /** 4: subscriber number. */
    public static final Ton SUBSCRIBER_NUMBER = CACHE[4];
    /** 5: alphanumeric. */
    public static final Ton ALPHANUMERIC = CACHE[5];
    /** 6: abbreviated. */
    public static final Ton ABBREVIATED = CACHE[6];

    /**
     * Validates the range.
     *
     * @param value the octet
     */
    public Ton {
        Check.octet(value, "ton");
    }

    /**
     * Returns the cached instance.
     *
     * @param value 0..255
     * @return the TON
     * @throws IllegalArgumentException if out of range
     */
    public static Ton of(int value) {
        if (value < 0 || value > 255) {
            Check.octet(value, "ton");
        }
        return CACHE[value];
    }
}
