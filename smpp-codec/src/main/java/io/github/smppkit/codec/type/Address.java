package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * An SMPP address: TON, NPI and the address text (reference §7.6). The text may hold up to 64 Latin-1
 * characters (the largest C(65) field); each PDU checks its own field maximum.
 *
 * <p>Thread-safety: immutable.
 *
 * @param ton type of number
 * @param npi numbering plan indicator
 * @param value the address text, {@code ""} for NULL
 * @since 0.1.0
 */
public record Address(Ton ton, Npi npi, String value) {

    /** TON 0, NPI 0, empty text. */
    public static final Address EMPTY = new Address(Ton.UNKNOWN, Npi.UNKNOWN, "");

    /**
     * Validates the components.
     *
     * @param ton type of number
     * @param npi numbering plan indicator
     * @param value the text
     */
    public Address {
        Check.notNull(ton, "addr_ton");
        Check.notNull(npi, "addr_npi");
        Check.cString(value, 65, "address");
    }

    /**
     * Builds an address from raw octets.
     *
     * @param ton TON 0..255
     * @param npi NPI 0..255
     * @param value the text
     * @return the address
     */
    public static Address of(int ton, int npi, String value) {
        return new Address(Ton.of(ton), Npi.of(npi), value);
    }
}
