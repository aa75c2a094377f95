package io.github.smppkit.bench.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Fails a benchmark's setup when two libraries do not produce the same octets, so that every figure is measured
 * on the same PDU.
 *
 * <p>Thread-safety: stateless.
 *
 * @since 0.1.0
 */
public final class SameOctets {

    private SameOctets() {
    }

    /**
     * Checks that two encodings are identical.
     *
     * @param what the PDU and library, for the message
     * @param expected smppkit's octets
     * @param actual the other library's octets
     * @throws IllegalStateException if they differ
     */
    public static void check(String what, byte[] expected, byte[] actual) {
        if (!Arrays.equals(expected, actual)) {
            HexFormat hex = HexFormat.of();
            throw new IllegalStateException(what + " differs:\n smppkit " + hex.formatHex(expected) + "\n other   "
                    + hex.formatHex(actual));
        }
    }

    /**
     * Checks a decoded value.
     *
     * @param what the field and library, for the message
     * @param expected the expected value
     * @param actual the decoded value
     * @throws IllegalStateException if they differ
     */
    public static void checkValue(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }
}
