package io.github.smppkit.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Requests in flight keyed by their own {@link Pending#sequenceNumber}. Senders put while the reader removes,
 * so an entry lives in a ring slot chosen by its low bits and is put and taken with one compare-and-set each:
 * no lock that the two sides would hand back and forth. The session numbers requests consecutively and the
 * ring holds two windows, so a slot is normally free; an entry whose slot is taken (a caller's own
 * sequence number, or a request that outlives a lap of the ring) goes to an overflow map.
 *
 * <p>A key lives in its slot or in the overflow, never both; two threads putting the same key at once (only
 * possible with caller-chosen sequence numbers) are not told apart. Key 0 is never stored.
 *
 * <p>Thread-safety: thread-safe and lock-free on the slot path.
 */
final class PendingMap {

    /** Bounds the ring of a huge window (32 KiB of references); beyond it entries share the overflow. */
    private static final int MAX_SLOTS = 8192;

    private final AtomicReferenceArray<Pending> slots;
    private final int mask;
    private final ConcurrentHashMap<Integer, Pending> overflow = new ConcurrentHashMap<>();

    PendingMap(int expected) {
        // twice the window: the numbers in flight, consecutive, then fall on distinct slots
        int capacity = Math.min(MAX_SLOTS, Integer.highestOneBit(Math.max(64, expected * 2) - 1) << 1);
        slots = new AtomicReferenceArray<>(capacity);
        mask = capacity - 1;
    }

    /** Adds an entry unless its sequence number is present; returns whether it was added. */
    boolean putIfAbsent(Pending p) {
        int key = p.sequenceNumber;
        if (key == 0) {
            throw new IllegalArgumentException("sequence_number: 0 (expected a non-zero key)");
        }
        int i = key & mask;
        Pending held = slots.get(i);
        if (held == null) {
            if (!overflow.isEmpty() && overflow.containsKey(key)) {
                return false;
            }
            if (slots.compareAndSet(i, null, p)) {
                return true;
            }
            held = slots.get(i);
        }
        if (held != null && held.sequenceNumber == key) {
            return false;
        }
        return overflow.putIfAbsent(key, p) == null;
    }

    /** Removes and returns the entry of a sequence number, or null. */
    Pending remove(int key) {
        int i = key & mask;
        Pending held = slots.get(i);
        if (held != null && held.sequenceNumber == key && slots.compareAndSet(i, held, null)) {
            return held;
        }
        return overflow.isEmpty() ? null : overflow.remove(key);
    }

    /** Removes this entry if it is still present; returns whether it did. */
    boolean remove(Pending p) {
        int i = p.sequenceNumber & mask;
        if (slots.get(i) == p) {
            return slots.compareAndSet(i, p, null);
        }
        return !overflow.isEmpty() && overflow.remove(p.sequenceNumber, p);
    }

    /** Counts the entries; a moment's view when others change the map meanwhile. */
    int size() {
        int size = overflow.size();
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                size++;
            }
        }
        return size;
    }

    /** Returns a snapshot of the entries; one put or removed meanwhile may or may not be in it. */
    List<Pending> values() {
        List<Pending> out = new ArrayList<>(overflow.values());
        for (int i = 0; i < slots.length(); i++) {
            Pending p = slots.get(i);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
