package io.github.smppkit.dlr;

import java.util.Objects;

/**
 * A receipt matched to its submission.
 *
 * <p>Thread-safety: immutable if {@code T} is.
 *
 * @param <T> what the caller tracks per message
 * @param submission the submission
 * @param receipt the receipt
 * @since 0.1.0
 */
public record ReceiptMatch<T>(Submission<T> submission, DeliveryReceipt receipt) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReceiptMatch {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(receipt, "receipt");
    }

    /**
     * Returns the caller's object.
     *
     * @return {@code submission().tracked()}
     */
    public T tracked() {
        return submission.tracked();
    }

    /**
     * Tells whether this match settled the submission (a final receipt), as opposed to an intermediate one.
     *
     * @return {@code receipt().isFinal()}
     */
    public boolean isFinal() {
        return receipt.isFinal();
    }
}
