package io.github.smppkit.dlr;

/**
 * Hears about entries that left a {@link ReceiptCorrelator} without a match: expired, evicted by the count bound,
 * or replaced. Matches are not reported here; they are the return values of the correlator's methods.
 *
 * <p>Called on the thread that caused the removal (a submit, a receipt or {@link ReceiptCorrelator#expire()}),
 * after the store has released its locks; an exception thrown here is logged and does not stop other
 * notifications.
 *
 * <p>Thread-safety: implementations must be thread-safe; calls come from many threads.
 *
 * @param <T> what the caller tracks per message
 * @since 0.1.0
 */
public interface CorrelationListener<T> {

    /**
     * A submission left without a final receipt.
     *
     * @param submission the submission
     * @param cause why
     */
    default void submissionRemoved(Submission<T> submission, RemovalCause cause) {
    }

    /**
     * A held receipt left without its submission.
     *
     * @param receipt the receipt
     * @param cause why
     */
    default void receiptRemoved(HeldReceipt receipt, RemovalCause cause) {
    }
}
