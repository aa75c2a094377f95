package io.github.smppkit.cluster.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The leases one node holds, per system_id: lease member names, newest last. Once closed it takes no more.
 *
 * <p>Thread-safety: thread-safe; the lock is held for map operations only.
 */
public final class Holders {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, ArrayDeque<String>> held = new HashMap<>();
    private boolean closed;

    /**
     * Adds a lease unless closed.
     *
     * @param systemId the system_id
     * @param holder the lease member
     * @return whether it was added
     */
    public boolean add(String systemId, String holder) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            held.computeIfAbsent(systemId, k -> new ArrayDeque<>()).add(holder);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the newest lease of a system_id.
     *
     * @param systemId the system_id
     * @return its member, if any was held
     */
    public Optional<String> removeOne(String systemId) {
        lock.lock();
        try {
            ArrayDeque<String> holders = held.get(systemId);
            if (holders == null) {
                return Optional.empty();
            }
            String holder = holders.pollLast();
            if (holders.isEmpty()) {
                held.remove(systemId);
            }
            return Optional.ofNullable(holder);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether a lease is still held.
     *
     * @param systemId the system_id
     * @param holder the member
     * @return whether held
     */
    public boolean contains(String systemId, String holder) {
        lock.lock();
        try {
            ArrayDeque<String> holders = held.get(systemId);
            return holders != null && holders.contains(holder);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Counts the leases of a system_id.
     *
     * @param systemId the system_id
     * @return the count
     */
    public int count(String systemId) {
        lock.lock();
        try {
            ArrayDeque<String> holders = held.get(systemId);
            return holders == null ? 0 : holders.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies every lease.
     *
     * @return system_id to members
     */
    public Map<String, List<String>> snapshot() {
        lock.lock();
        try {
            Map<String, List<String>> copy = new HashMap<>();
            held.forEach((systemId, holders) -> copy.put(systemId, new ArrayList<>(holders)));
            return copy;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether {@link #close()} ran.
     *
     * @return whether closed
     */
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes and hands back every lease.
     *
     * @return system_id to members; empty if already closed
     */
    public Map<String, List<String>> close() {
        lock.lock();
        try {
            if (closed) {
                return Map.of();
            }
            closed = true;
            Map<String, List<String>> copy = new HashMap<>();
            held.forEach((systemId, holders) -> copy.put(systemId, new ArrayList<>(holders)));
            held.clear();
            return copy;
        } finally {
            lock.unlock();
        }
    }
}
