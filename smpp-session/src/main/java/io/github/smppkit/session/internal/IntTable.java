package io.github.smppkit.session.internal;

import java.util.Arrays;

/**
 * A map from non-zero {@code int} keys (sequence numbers) to values: open addressing with linear probing and
 * backward-shift deletion, so no boxing and no tombstones. Key 0 marks an empty slot and is never stored. The
 * table doubles when half full.
 *
 * <p>Thread-safety: not thread-safe; owners guard it with a lock.
 *
 * @param <V> the value type
 */
final class IntTable<V> {

    private int[] keys;
    private Object[] values;
    private int mask;
    private int size;

    /**
     * Creates a table that holds about {@code expected} entries at a quarter load, so probe runs stay short.
     *
     * @param expected the number of entries usually held
     */
    IntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 4 - 1)) << 1;
        keys = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Adds an entry unless the key is present.
     *
     * @param key a non-zero key
     * @param value the value
     * @return whether it was added
     */
    boolean putIfAbsent(int key, V value) {
        if (key == 0) {
            throw new IllegalArgumentException("sequence_number: 0 (expected a non-zero key)");
        }
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
    }

    /**
     * Removes the entry of a key.
     *
     * @param key the key
     * @return its value, or null if absent
     */
    V remove(int key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V v = valueAt(i);
        deleteAt(i);
        return v;
    }

    /** Empties the table, keeping its capacity. */
    void clear() {
        Arrays.fill(keys, 0);
        Arrays.fill(values, null);
        size = 0;
    }

    @SuppressWarnings("unchecked") // values[i] only ever receives a V through putIfAbsent
    private V valueAt(int i) {
        return (V) values[i];
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
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
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
