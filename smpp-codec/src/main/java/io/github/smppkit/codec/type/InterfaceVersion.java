package io.github.smppkit.codec.type;

import io.github.smppkit.codec.internal.Check;

/**
 * {@code interface_version} / {@code sc_interface_version} (reference §7.9): high nibble major, low nibble minor;
 * values up to 0x33 mean SMPP 3.3 or earlier.
 *
 * <p>Thread-safety: immutable.
 *
 * @param value the octet, 0..255
 * @since 0.1.0
 */
public record InterfaceVersion(int value) {

    /** 0x33: SMPP 3.3 (no TLVs). */
    public static final InterfaceVersion V33 = new InterfaceVersion(0x33);
    /** 0x34: SMPP 3.4. */
    public static final InterfaceVersion V34 = new InterfaceVersion(0x34);
    /** 0x50: SMPP 5.0. */
    public static final InterfaceVersion V50 = new InterfaceVersion(0x50);

    /**
     * Validates the range.
     *
     * @param value the octet
     */
    public InterfaceVersion {
        Check.octet(value, "interface_version");
    }

    /**
     * Returns the instance for a value (the constants for 0x33, 0x34, 0x50).
     *
     * @param value 0..255
     * @return the version
     */
    public static InterfaceVersion of(int value) {
        switch (value) {
            case 0x33:
                return V33;
            case 0x34:
                return V34;
            case 0x50:
                return V50;
            default:
                return new InterfaceVersion(value);
        }
    }

    /**
     * Tells whether TLVs may be used with a peer of this version.
     *
     * @return {@code value >= 0x34}
     */
    public boolean supportsTlvs() {
        return value >= 0x34;
    }
}
