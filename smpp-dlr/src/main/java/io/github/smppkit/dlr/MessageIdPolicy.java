package io.github.smppkit.dlr;

/**
 * How message ids are turned into matching keys, because providers answer {@code submit_sm_resp} in one form and
 * report receipts in another (hex vs decimal, leading zeros, case; reference §10).
 *
 * <p>A submission and a receipt match when {@link #submittedKey(String)} of the id from {@code submit_sm_resp}
 * equals {@link #receiptKey(String)} of the id from the receipt. The two sides are separate because the
 * conversion can depend on the direction (see {@link StandardIdPolicy#HEX_TO_DECIMAL}). Keys are opaque strings:
 * a store may persist them, so a policy must give the same key for the same id forever.
 *
 * <p>The standard policies are {@link StandardIdPolicy}; a provider profile names one of them. Implementations
 * must be thread-safe and never throw for any non-null id.
 *
 * <p>Thread-safety: implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface MessageIdPolicy {

    /**
     * Returns the matching key of an id taken from {@code submit_sm_resp} (or {@code data_sm_resp}).
     *
     * @param messageId the id as received
     * @return the key; {@code ""} for a blank id
     */
    String submittedKey(String messageId);

    /**
     * Returns the matching key of an id taken from a receipt ({@link DeliveryReceipt#messageId()}).
     *
     * @param messageId the id as received
     * @return the key; {@code ""} for a blank id
     */
    String receiptKey(String messageId);
}
