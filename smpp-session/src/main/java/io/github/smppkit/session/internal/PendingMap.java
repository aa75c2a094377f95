package io.github.smppkit.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Requests in flight keyed by their {@code int} sequence number, in {@link IntTable}s without boxing. Key 0 is
 * never stored (the session never sends sequence number 0). Senders put while the reader removes, so the keys
 * are spread over a few stripes, each with its own lock: consecutive sequence numbers fall in different stripes
 * and the two sides rarely wait for each other (a contended lock parks and wakes threads, which costs far more
 * than the few array accesses it guards).
 *
 * <p>Thread-safety: thread-safe; every operation holds one stripe's lock for a few array accesses and never blocks.
 */
final class PendingMap {

    private static final int STRIPES = 8;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final List<IntTable<Pending>> tables = new ArrayList<>(STRIPES);

    PendingMap(int expected) {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
            tables.add(new IntTable<>(expected / STRIPES + 1));
        }
    }

    private static int stripe(int key) {
        return key & (STRIPES - 1);
    }

    /** Adds an entry unless the key is present; returns whether it was added. */
    boolean putIfAbsent(int key, Pending value) {
        if (key == 0) {
            throw new IllegalArgumentException("sequence_number: 0 (expected a non-zero key)");
        }
        int s = stripe(key);
        locks[s].lock();
        try {
            return tables.get(s).putIfAbsent(key, value);
        } finally {
            locks[s].unlock();
        }
    }

    /** Removes and returns the entry of a key, or null. */
    Pending remove(int key) {
        int s = stripe(key);
        locks[s].lock();
        try {
            return tables.get(s).remove(key);
        } finally {
            locks[s].unlock();
        }
    }

    /** Removes the entry of a key only if it is this value; returns whether it did. */
    boolean remove(int key, Pending value) {
        int s = stripe(key);
        locks[s].lock();
        try {
            return tables.get(s).remove(key, value);
        } finally {
            locks[s].unlock();
        }
    }

    int size() {
        int size = 0;
        for (int s = 0; s < STRIPES; s++) {
            locks[s].lock();
            try {
                size += tables.get(s).size();
            } finally {
                locks[s].unlock();
            }
        }
        return size;
    }

    /** Returns a snapshot of the values (each stripe's part taken under its lock). */
    List<Pending> values() {
        List<Pending> out = new ArrayList<>();
        for (int s = 0; s < STRIPES; s++) {
            locks[s].lock();
            try {
                tables.get(s).valuesTo(out);
            } finally {
                locks[s].unlock();
            }
        }
        return out;
    }
}
