package io.github.smppkit.dlr;

import java.util.Objects;

/**
 * What {@link ReceiptCorrelator#received(String, DeliveryReceipt)} did with a receipt.
 *
 * <p>Thread-safety: immutable if {@code T} is.
 *
 * @param <T> what the caller tracks per message
 * @since 0.1.0
 */
public sealed interface ReceiptOutcome<T> permits ReceiptOutcome.Matched, ReceiptOutcome.Held, ReceiptOutcome.Ignored {

    /**
     * Matched to a submission; a final receipt removed it, an intermediate one left it in place.
     *
     * @param <T> what the caller tracks per message
     * @param match the match
     * @since 0.1.0
     */
    record Matched<T>(ReceiptMatch<T> match) implements ReceiptOutcome<T> {

        /**
         * Checks for null.
         *
         * @throws NullPointerException if {@code match} is null
         */
        public Matched {
            Objects.requireNonNull(match, "match");
        }
    }

    /**
     * No submission yet: the receipt (final or intermediate) is held and will be returned by
     * {@link ReceiptCorrelator#submitted(String, String, Object)}, or reported as removed (expired, evicted, or
     * replaced by a later receipt for the same message).
     *
     * @param <T> what the caller tracks per message
     * @param held the held receipt
     * @since 0.1.0
     */
    record Held<T>(HeldReceipt held) implements ReceiptOutcome<T> {

        /**
         * Checks for null.
         *
         * @throws NullPointerException if {@code held} is null
         */
        public Held {
            Objects.requireNonNull(held, "held");
        }
    }

    /**
     * Neither matched nor held: the receipt has no message id, or it is an intermediate report for a message
     * whose final receipt is already held (and is older news than that one).
     *
     * @param <T> what the caller tracks per message
     * @param reason why
     * @since 0.1.0
     */
    record Ignored<T>(String reason) implements ReceiptOutcome<T> {

        /**
         * Checks for null.
         *
         * @throws NullPointerException if {@code reason} is null
         */
        public Ignored {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
