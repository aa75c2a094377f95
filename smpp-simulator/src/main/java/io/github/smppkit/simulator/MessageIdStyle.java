package io.github.smppkit.simulator;

import java.util.Locale;
import java.util.UUID;

/**
 * How the simulator writes the message ids it hands out in {@code submit_sm_resp} and receipts. Ids come from a
 * counter starting at 1, so a run is repeatable.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum MessageIdStyle {
    /** Decimal digits, e.g. {@code 42}. */
    DECIMAL,
    /** Upper-case hexadecimal digits, e.g. {@code 2A}. */
    HEX,
    /** A UUID-like text built from the counter, e.g. {@code 00000000-0000-4000-8000-00000000002a}. */
    UUID_LIKE;

    /**
     * Writes a message number in this style.
     *
     * @param number the message number, at least 1
     * @return the message id
     */
    public String format(long number) {
        switch (this) {
            case HEX:
                return Long.toHexString(number).toUpperCase(Locale.ROOT);
            case UUID_LIKE:
                // Version 4 and variant bits set so that UUID parsers accept the id.
                return new UUID(0x4000L, 0x8000_0000_0000_0000L | number).toString();
            default:
                return Long.toString(number);
        }
    }
}
