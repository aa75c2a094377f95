package io.github.smppkit.codec.text;

/**
 * Message class from a {@code data_coding} value (3GPP TS 23.038 §4).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum MessageClass {
    /** Class 0: immediate display ("flash"). */
    CLASS_0,
    /** Class 1: ME-specific. */
    CLASS_1,
    /** Class 2: SIM/USIM-specific. */
    CLASS_2,
    /** Class 3: TE-specific. */
    CLASS_3
}
