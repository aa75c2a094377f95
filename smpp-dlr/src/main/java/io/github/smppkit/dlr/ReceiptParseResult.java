package io.github.smppkit.dlr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What parsing a text or a PDU gave: a {@link Parsed} receipt, or {@link NotAReceipt} with the reason.
 *
 * <p>Thread-safety: immutable.
 *
 * @since 0.1.0
 */
public sealed interface ReceiptParseResult permits ReceiptParseResult.Parsed, ReceiptParseResult.NotAReceipt {

    /**
     * Returns the receipt, if there is one.
     *
     * @return the receipt, or empty for {@link NotAReceipt}
     */
    Optional<DeliveryReceipt> asOptional();

    /**
     * Tells whether this is a {@link Parsed} receipt.
     *
     * @return {@code true} for {@link Parsed}
     */
    default boolean isReceipt() {
        return this instanceof Parsed;
    }

    /**
     * A receipt, with notes on what was tolerated (e.g. an unreadable date, a repeated extra label).
     *
     * @param receipt the receipt
     * @param warnings what was skipped or guessed; empty for a clean receipt
     * @since 0.1.0
     */
    record Parsed(DeliveryReceipt receipt, List<String> warnings) implements ReceiptParseResult {

        /**
         * Checks for nulls and copies the warnings.
         *
         * @throws NullPointerException if an argument is null
         */
        public Parsed {
            Objects.requireNonNull(receipt, "receipt");
            warnings = List.copyOf(warnings);
        }

        @Override
        public Optional<DeliveryReceipt> asOptional() {
            return Optional.of(receipt);
        }
    }

    /**
     * The input is not a receipt.
     *
     * @param reason why, for logs and the CLI; never contains more than a short excerpt of the input
     * @since 0.1.0
     */
    record NotAReceipt(String reason) implements ReceiptParseResult {

        /**
         * Checks for null.
         *
         * @throws NullPointerException if {@code reason} is null
         */
        public NotAReceipt {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<DeliveryReceipt> asOptional() {
            return Optional.empty();
        }
    }
}
