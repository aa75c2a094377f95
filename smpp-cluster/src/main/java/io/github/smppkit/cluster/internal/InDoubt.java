package io.github.smppkit.cluster.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Store calls whose outcome is unknown: the script was sent but the reply never came (connection lost, timeout),
 * so it may have run. Kept per side and member, so that the next call for the same member can ask Redis whether
 * one of them matched. Bounded: beyond {@code maxKeys} members the oldest are forgotten, and at most
 * {@value #MAX_PER_KEY} calls per member are kept.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class InDoubt {

    private static final int MAX_PER_KEY = 4;

    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, List<String>> calls = new LinkedHashMap<>();
    private final int maxKeys;

    /**
     * Creates an empty record.
     *
     * @param maxKeys the most members remembered
     */
    public InDoubt(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /**
     * Returns the entries of the calls in doubt for a member.
     *
     * @param key side and member
     * @return the entries, oldest first; empty when none
     */
    public List<String> get(String key) {
        lock.lock();
        try {
            List<String> entries = calls.get(key);
            return entries == null ? List.of() : List.copyOf(entries);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records a call in doubt.
     *
     * @param key side and member
     * @param entry the entry the call sent
     */
    public void add(String key, String entry) {
        lock.lock();
        try {
            List<String> entries = calls.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (entries.size() == MAX_PER_KEY) {
                entries.remove(0);
            }
            entries.add(entry);
            Iterator<Map.Entry<String, List<String>>> it = calls.entrySet().iterator();
            while (calls.size() > maxKeys && it.hasNext()) {
                it.next();
                it.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets a member's calls once a later call got its answer (which settled them).
     *
     * @param key side and member
     */
    public void clear(String key) {
        lock.lock();
        try {
            calls.remove(key);
        } finally {
            lock.unlock();
        }
    }
}
