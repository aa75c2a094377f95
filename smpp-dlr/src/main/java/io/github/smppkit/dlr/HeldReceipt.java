package io.github.smppkit.dlr;

import java.time.Instant;
import java.util.Objects;

/**
 * A receipt, final or intermediate, that arrived before its submission was recorded (typically before
 * {@code submit_sm_resp}), held until the submission comes, the receipt expires or is evicted, or another receipt
 * for the same message replaces it.
 *
 * <p>Thread-safety: immutable.
 *
 * @param key the matching key
 * @param receipt the receipt
 * @param receivedAt when it arrived, by the correlator's clock
 * @since 0.1.0
 */
public record HeldReceipt(CorrelationKey key, DeliveryReceipt receipt, Instant receivedAt) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public HeldReceipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
