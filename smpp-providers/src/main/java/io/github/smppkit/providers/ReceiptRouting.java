package io.github.smppkit.providers;

/**
 * Which bind a provider sends delivery receipts to.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public enum ReceiptRouting {
    /**
     * Any bind of the same {@code system_id} as the bind that submitted the message, e.g. a bind at another site;
     * receipt correlation must therefore be shared by all binds of one account (8x8).
     */
    ANY_BIND_OF_SYSTEM_ID,
    /** The provider does not say. */
    UNSPECIFIED
}
