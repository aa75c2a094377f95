package io.github.smppkit.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Requests in flight keyed by their {@code int} sequence number: open addressing with linear probing and
 * backward-shift deletion, so no boxing and no tombstones. Key 0 is never stored (the session never sends
 * sequence number 0). The table doubles when half full; the window keeps it small.
 *
 * <p>Thread-safety: thread-safe; every operation holds a lock for a few array accesses and never blocks.
 */
final class PendingMap {

    private final ReentrantLock lock = new ReentrantLock();
    private int[] keys;
    private Pending[] values;
    private int mask;
    private int size;

    PendingMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4 - 1)) << 1;
        keys = new int[capacity];
        values = new Pending[capacity];
        mask = capacity - 1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds an entry unless the key is present; returns whether it was added. */
    boolean putIfAbsent(int key, Pending value) {
        if (key == 0) {
            throw new IllegalArgumentException("sequence_number: 0 (expected a non-zero key)");
        }
        lock.lock();
        try {
            int i = mix(key) & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Removes and returns the entry of a key, or null. */
    Pending remove(int key) {
        lock.lock();
        try {
            int i = indexOf(key);
            if (i < 0) {
                return null;
            }
            Pending p = values[i];
            deleteAt(i);
            return p;
        } finally {
            lock.unlock();
        }
    }

    /** Removes the entry of a key only if it is this value; returns whether it did. */
    boolean remove(int key, Pending value) {
        lock.lock();
        try {
            int i = indexOf(key);
            if (i < 0 || values[i] != value) {
                return false;
            }
            deleteAt(i);
            return true;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    /** Returns a snapshot of the values. */
    List<Pending> values() {
        lock.lock();
        try {
            List<Pending> out = new ArrayList<>(size);
            for (Pending p : values) {
                if (p != null) {
                    out.add(p);
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    private int indexOf(int key) {
        if (key == 0) {
            return -1;
        }
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Empties slot {@code i} and moves later entries of the probe run back so lookups still find them. */
    private void deleteAt(int i) {
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == 0) {
                break;
            }
            int home = mix(keys[j]) & mask;
            // The entry at j may fill the hole unless its home lies cyclically in (hole, j].
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        values[hole] = null;
        size--;
    }

    private void grow() {
        int[] oldKeys = keys;
        Pending[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Pending[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != 0) {
                int i = mix(oldKeys[k]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[k];
                values[i] = oldValues[k];
            }
        }
    }
}
