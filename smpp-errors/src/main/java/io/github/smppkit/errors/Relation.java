package io.github.smppkit.errors;

/**
 * How an {@link ErrorInfo} relates to the SMPP standard meaning of the same number.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum Relation {
    /** The entry is the standard's own (source {@code "standard"}); data token {@code standard}. */
    STANDARD,
    /** A provider states the standard meaning in its own words; data token {@code agrees}. */
    AGREES,
    /**
     * A provider gives a standard-assigned number another meaning; both are reported, the provider's being
     * what its customers see. Data token {@code contradicts}.
     */
    CONTRADICTS,
    /** A provider uses a number the standard leaves reserved or vendor-specific; data token {@code extends}. */
    EXTENDS,
    /** A code in a scope the standard does not define (receipt {@code err:} codes); {@code provider-only}. */
    PROVIDER_ONLY
}
