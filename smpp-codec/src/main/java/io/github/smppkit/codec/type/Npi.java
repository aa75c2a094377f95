package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * Numbering plan indicator of an address (reference §7.8). A record so that reserved values round-trip.
 *
 * <p>Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record Npi(int value) {

    private static final Npi[] CACHE = new Npi[256];

    static {
        for (int i = 0; i < 256; i++) {
            CACHE[i] = new Npi(i);
        }
    }

    /** 0: unknown. */
    public static final Npi UNKNOWN = CACHE[0];
    /** 1: ISDN (E.163/E.164). */
    public static final Npi ISDN = CACHE[1];
    /** 3: data (X.121). */
    public static final Npi DATA = CACHE[3];
    /** 4: telex (F.69). */
    public static final Npi TELEX = CACHE[4];
    /** 6: land mobile (E.212). */
    public static final Npi LAND_MOBILE = CACHE[6];
    /** 8: national. */
    public static final Npi NATIONAL = CACHE[8];
    /** 9: private. */
    public static final Npi PRIVATE = CACHE[9];
    /** 10: ERMES. */
    public static final Npi ERMES = CACHE[10];
    /** 14: Internet (IP). */
    public static final Npi INTERNET = CACHE[14];
    /** 18: WAP client id (v5.0). */
    public static final Npi WAP_CLIENT_ID = CACHE[18];

    /**
     * Validates the range.
     *
     * @param value the octet
     */
    public Npi {
        Check.octet(value, "npi");
    }

    /**
     * Returns the cached instance.
     *
     * @param value 0..255
     * @return the NPI
     * @throws IllegalArgumentException if out of range
     */
    public static Npi of(int value) {
        if (value < 0 || value > 255) {
            Check.octet(value, "npi");
        }
        return CACHE[value];
    }
}
