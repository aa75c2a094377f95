package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * An SMPP address: TON, NPI and the address text (reference §7.6). The text is checked where it is used: each PDU
 * record checks it against its own field (Latin-1 without NUL, up to the field's maximum, 64 characters at most)
 * and names that field, e.g. {@code source_addr}, in the exception.
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
        Check.notNull(value, "address");
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
