package io.github.smppkit.providers;

/**
 * What a provider's documented throughput counts per.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum RateScope {
    /** Per bind (connection): each bind may send at the documented rate. */
    BIND,
    /** Per account or user: all binds together share the documented rate. */
    ACCOUNT,
    /**
     * The provider does not say; smppkit then shares the rate among binds, like {@link #ACCOUNT}, because that
     * reading can never exceed the limit.
     */
    UNSPECIFIED
}
