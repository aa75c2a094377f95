package io.github.smppkit.dlr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The default {@link ReceiptStore}: two insertion-ordered maps behind one lock.
 *
 * <p>Every operation holds the lock for a few map operations and never calls out, so callbacks run outside it.
 * Eviction and expiry take the oldest entries first; expiry stops at the first entry that is not old enough, so
 * with a clock that goes backwards an entry may expire late, never early. Memory is bounded by the counts the
 * correlator passes in.
 *
 * <p>Thread-safety: thread-safe.
 *
 * @param <T> what the caller tracks per message
 * @since 0.1.0
 */
public final class InMemoryReceiptStore<T> implements ReceiptStore<T> {

    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<CorrelationKey, Submission<T>> submitted = new LinkedHashMap<>();
    private final LinkedHashMap<CorrelationKey, HeldReceipt> held = new LinkedHashMap<>();

    /** Creates an empty store. */
    public InMemoryReceiptStore() {
    }

    @Override
    public Update<T> putSubmittedOrTakeHeld(Submission<T> submission, int maxSubmitted) {
        List<Removal<Submission<T>>> removed = new ArrayList<>(1);
        HeldReceipt receipt;
        lock.lock();
        try {
            receipt = held.remove(submission.key());
            if (receipt != null && receipt.receipt().isFinal()) {
                return new Update<>(Optional.empty(), Optional.of(receipt), List.of(), List.of());
            }
            // No receipt, or an intermediate one: the submission waits for its final receipt all the same.
            Submission<T> previous = submitted.remove(submission.key());
            if (previous != null) {
                removed.add(new Removal<>(previous, RemovalCause.REPLACED));
            }
            submitted.put(submission.key(), submission);
            evict(submitted, maxSubmitted, removed);
        } finally {
            lock.unlock();
        }
        return new Update<>(Optional.empty(), Optional.ofNullable(receipt), removed, List.of());
    }

    @Override
    public Update<T> takeSubmittedOrHold(HeldReceipt receipt, int maxHeld) {
        requireFinal(receipt, true);
        List<Removal<HeldReceipt>> removed = new ArrayList<>(1);
        lock.lock();
        try {
            Submission<T> submission = submitted.remove(receipt.key());
            if (submission != null) {
                return new Update<>(Optional.of(submission), Optional.empty(), List.of(), List.of());
            }
            hold(receipt, maxHeld, removed);
        } finally {
            lock.unlock();
        }
        return new Update<>(Optional.empty(), Optional.empty(), List.of(), removed);
    }

    @Override
    public Update<T> peekSubmittedOrHold(HeldReceipt receipt, int maxHeld) {
        requireFinal(receipt, false);
        List<Removal<HeldReceipt>> removed = new ArrayList<>(1);
        lock.lock();
        try {
            Submission<T> submission = submitted.get(receipt.key());
            if (submission != null) {
                return new Update<>(Optional.of(submission), Optional.empty(), List.of(), List.of());
            }
            HeldReceipt previous = held.get(receipt.key());
            if (previous != null && previous.receipt().isFinal()) {
                return new Update<>(Optional.empty(), Optional.of(previous), List.of(), List.of());
            }
            hold(receipt, maxHeld, removed);
        } finally {
            lock.unlock();
        }
        return new Update<>(Optional.empty(), Optional.empty(), List.of(), removed);
    }

    /** Holds a receipt as the newest, replacing the one held under its key. Call with the lock held. */
    private void hold(HeldReceipt receipt, int maxHeld, List<Removal<HeldReceipt>> removed) {
        HeldReceipt previous = held.remove(receipt.key());
        if (previous != null) {
            removed.add(new Removal<>(previous, RemovalCause.REPLACED));
        }
        held.put(receipt.key(), receipt);
        evict(held, maxHeld, removed);
    }

    private static void requireFinal(HeldReceipt receipt, boolean expected) {
        if (receipt.receipt().isFinal() != expected) {
            throw new IllegalArgumentException(expected
                    ? "receipt: intermediate (expected final; intermediate ones go to peekSubmittedOrHold)"
                    : "receipt: final (expected intermediate; final ones go to takeSubmittedOrHold)");
        }
    }

    private static <E> void evict(LinkedHashMap<CorrelationKey, E> map, int max, List<Removal<E>> removed) {
        Iterator<E> it = map.values().iterator();
        while (map.size() > max && it.hasNext()) {
            removed.add(new Removal<>(it.next(), RemovalCause.EVICTED));
            it.remove();
        }
    }

    @Override
    public Optional<Submission<T>> takeSubmitted(CorrelationKey key) {
        lock.lock();
        try {
            return Optional.ofNullable(submitted.remove(key));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Update<T> removeExpired(Instant submittedBefore, Instant receivedBefore, int limit) {
        List<Removal<Submission<T>>> subs = new ArrayList<>();
        List<Removal<HeldReceipt>> receipts = new ArrayList<>();
        lock.lock();
        try {
            Iterator<Submission<T>> s = submitted.values().iterator();
            while (subs.size() < limit && s.hasNext()) {
                Submission<T> next = s.next();
                if (!next.submittedAt().isBefore(submittedBefore)) {
                    break;
                }
                subs.add(new Removal<>(next, RemovalCause.EXPIRED));
                s.remove();
            }
            Iterator<HeldReceipt> r = held.values().iterator();
            while (receipts.size() < limit && r.hasNext()) {
                HeldReceipt next = r.next();
                if (!next.receivedAt().isBefore(receivedBefore)) {
                    break;
                }
                receipts.add(new Removal<>(next, RemovalCause.EXPIRED));
                r.remove();
            }
        } finally {
            lock.unlock();
        }
        return new Update<>(Optional.empty(), Optional.empty(), subs, receipts);
    }

    @Override
    public int submittedCount() {
        lock.lock();
        try {
            return submitted.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int heldCount() {
        lock.lock();
        try {
            return held.size();
        } finally {
            lock.unlock();
        }
    }

    /** Returns the counts, e.g. {@code InMemoryReceiptStore[submitted=3, held=0]}. */
    @Override
    public String toString() {
        return "InMemoryReceiptStore[submitted=" + submittedCount() + ", held=" + heldCount() + "]";
    }
}
