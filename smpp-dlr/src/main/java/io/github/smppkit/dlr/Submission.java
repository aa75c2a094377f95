package io.github.smppkit.dlr;

import java.time.Instant;
import java.util.Objects;

/**
 * A submitted message waiting for its receipt.
 *
 * <p>Thread-safety: immutable if {@code T} is.
 *
 * @param <T> what the caller tracks per message
 * @param key the matching key
 * @param messageId the id as {@code submit_sm_resp} gave it
 * @param tracked the caller's object
 * @param submittedAt when it was recorded, by the correlator's clock
 * @since 0.1.0
 */
public record Submission<T>(CorrelationKey key, String messageId, T tracked, Instant submittedAt) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public Submission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(tracked, "tracked");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
