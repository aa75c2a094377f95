package io.github.smppkit.codec;

/**
 * How the decoder treats a standard TLV whose length breaks its rule (reference §5.1).
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum Strictness {
    /** The PDU is malformed with {@code ESME_RINVTLVLEN}. */
    STRICT,
    /** The TLV is kept as received; typed reads of it come back empty (the default). */
    LENIENT
}
