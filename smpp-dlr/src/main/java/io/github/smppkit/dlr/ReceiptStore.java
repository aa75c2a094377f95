package io.github.smppkit.dlr;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link ReceiptCorrelator} keeps submissions waiting for receipts and receipts waiting for submissions.
 *
 * <p>The contract that makes matching exactly-once, whichever thread or node gets there first: each of
 * {@link #putSubmittedOrTakeHeld}, {@link #takeSubmittedOrHold} and {@link #peekSubmittedOrHold} is <em>atomic
 * per key</em> (check the other side, then take it, store this side, or both, as one step), and every entry
 * leaves the store exactly once: taken by a match, or returned in an {@link Update} as removed. At most one
 * receipt is held per key: a final one wins over an intermediate one, and of two of a kind the later one. A
 * shared store (e.g. Redis, with a script per operation) implements the same operations; times come from the
 * caller, so a store needs no clock, and bounds are passed per call so that the correlator's configuration is
 * the only one.
 *
 * <p>Thread-safety: implementations must be thread-safe.
 *
 * @param <T> what the caller tracks per message
 * @since 0.1.0
 */
public interface ReceiptStore<T> {

    /**
     * Atomically: if a final receipt is held under the submission's key, removes and returns it (the submission is
     * not stored, it is settled); otherwise removes and returns the intermediate receipt held under the key, if
     * any, and stores the submission (it still waits for its final receipt), replacing one with the same key, then
     * evicts the oldest submissions while more than {@code maxSubmitted} are stored.
     *
     * @param submission the submission
     * @param maxSubmitted the count bound, at least 0
     * @return the held receipt taken, if any (final or not), and what was removed
     */
    Update<T> putSubmittedOrTakeHeld(Submission<T> submission, int maxSubmitted);

    /**
     * For a final receipt, atomically: if a submission is stored under the receipt's key, removes and returns it
     * (the receipt is not held); otherwise holds the receipt, replacing one with the same key (final or
     * intermediate), then evicts the oldest held receipts while more than {@code maxHeld} are held.
     *
     * @param receipt the final receipt
     * @param maxHeld the count bound, at least 0
     * @return the submission if one matched, and what was removed
     * @throws IllegalArgumentException if the receipt is not final (see {@link #peekSubmittedOrHold})
     */
    Update<T> takeSubmittedOrHold(HeldReceipt receipt, int maxHeld);

    /**
     * For an intermediate receipt, atomically: if a submission is stored under the receipt's key, returns it and
     * leaves it stored (the receipt is not held); otherwise, if a final receipt is held under the key, returns
     * that one and changes nothing (the intermediate one is stale news); otherwise holds the receipt, replacing an
     * intermediate one with the same key, then evicts the oldest held receipts while more than {@code maxHeld}
     * are held.
     *
     * @param receipt the intermediate receipt
     * @param maxHeld the count bound, at least 0
     * @return the submission if one matched, or else the final receipt that kept this one out, and what was
     *         removed
     * @throws IllegalArgumentException if the receipt is final (see {@link #takeSubmittedOrHold})
     */
    Update<T> peekSubmittedOrHold(HeldReceipt receipt, int maxHeld);

    /**
     * Removes the submission stored under a key.
     *
     * @param key the key
     * @return the submission, if it was stored
     */
    Optional<Submission<T>> takeSubmitted(CorrelationKey key);

    /**
     * Removes submissions recorded before {@code submittedBefore} and receipts received before
     * {@code receivedBefore}, oldest first, at most {@code limit} of each.
     *
     * @param submittedBefore exclusive cut-off for submissions; {@link Instant#MIN} when they have no age bound
     * @param receivedBefore exclusive cut-off for held receipts; {@link Instant#MIN} when they have no age bound
     * @param limit the most entries of each kind to remove
     * @return the removed entries, with cause {@link RemovalCause#EXPIRED}
     */
    Update<T> removeExpired(Instant submittedBefore, Instant receivedBefore, int limit);

    /**
     * Returns how many submissions are stored.
     *
     * @return the count
     */
    int submittedCount();

    /**
     * Returns how many receipts are held.
     *
     * @return the count
     */
    int heldCount();

    /**
     * An entry that left a store without a match.
     *
     * @param <E> {@link Submission} or {@link HeldReceipt}
     * @param entry the entry
     * @param cause why it left
     * @since 0.1.0
     */
    record Removal<E>(E entry, RemovalCause cause) {

        /**
         * Checks for nulls.
         *
         * @throws NullPointerException if an argument is null
         */
        public Removal {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /**
     * The result of a store operation.
     *
     * @param <T> what the caller tracks per message
     * @param submission the submission matched: taken by a final receipt, or read and left stored for an
     *        intermediate one
     * @param receipt the held receipt taken by a match; from {@link #peekSubmittedOrHold}, the final receipt held
     *        under the key, which kept the intermediate one from being held
     * @param removedSubmissions submissions that left without a match
     * @param removedReceipts held receipts that left without a match
     * @since 0.1.0
     */
    record Update<T>(Optional<Submission<T>> submission, Optional<HeldReceipt> receipt,
            List<Removal<Submission<T>>> removedSubmissions, List<Removal<HeldReceipt>> removedReceipts) {

        /**
         * Checks for nulls and copies the lists.
         *
         * @throws NullPointerException if an argument is null
         */
        public Update {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(receipt, "receipt");
            removedSubmissions = List.copyOf(removedSubmissions);
            removedReceipts = List.copyOf(removedReceipts);
        }
    }
}
