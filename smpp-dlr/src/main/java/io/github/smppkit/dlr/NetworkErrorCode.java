package io.github.smppkit.dlr;

/**
 * The value of the {@code network_error_code} TLV (0x0423): a network type octet and a two-octet error code.
 *
 * <p>Network types (reference §5.2): 1 ANSI-136 access-denied reason, 2 IS-95 access-denied reason, 3 GSM;
 * v5.0 adds 4 ANSI-136 cause code, 5 IS-95 cause code, 6 ANSI-41 error, 7 SMPP error, 8 MC specific.
 *
 * <p>Thread-safety: immutable.
 *
 * @param networkType the first octet, 0..255
 * @param errorCode octets 2-3, big-endian, 0..65535
 * @since 0.1.0
 */
public record NetworkErrorCode(int networkType, int errorCode) {

    /** Network type 3: a GSM error. */
    public static final int GSM = 3;

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a value does not fit its octets
     */
    public NetworkErrorCode {
        if (networkType < 0 || networkType > 0xFF) {
            throw new IllegalArgumentException("network_error_code: network type " + networkType + " (expected 0..255)");
        }
        if (errorCode < 0 || errorCode > 0xFFFF) {
            throw new IllegalArgumentException("network_error_code: error code " + errorCode + " (expected 0..65535)");
        }
    }
}
