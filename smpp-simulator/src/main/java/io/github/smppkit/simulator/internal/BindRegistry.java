package io.github.smppkit.simulator.internal;

import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppSession;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bound sessions in bind order, numbered from 1, with a round-robin cursor per system_id for receipts and MO
 * messages, and the binds accepted but not yet bound, which count towards the bind limit.
 *
 * <p>Thread-safety: thread-safe; a {@link ReentrantLock} guards the maps (no I/O under it).
 */
public final class BindRegistry {

    /**
     * One bound session.
     *
     * @param bindId number in bind order, from 1
     * @param session the session
     * @param systemId the ESME's system_id
     */
    public record Entry(int bindId, SmppSession session, String systemId) {

        /**
         * Tells whether the simulator may send deliver_sm on this bind.
         *
         * @return true for receiver and transceiver binds
         */
        public boolean canReceive() {
            return session.bindType().canReceive();
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<SmppSession, Entry> bySession = new IdentityHashMap<>();
    private final List<Entry> ordered = new ArrayList<>();
    private final Map<String, Integer> cursors = new HashMap<>();
    // Binds accepted but not yet reported bound, by connection: without them, binds racing each other would all
    // see the same count and together exceed the limit.
    private final Map<InetSocketAddress, String> reserved = new HashMap<>();
    private int lastId;

    /**
     * Takes a bind slot of a system_id for a connection unless the system_id has {@code max} binds, counting
     * those reserved; {@link #add} or {@link #remove} of the connection's session gives the reservation up.
     *
     * @param remote the connection's remote address
     * @param systemId the system_id binding
     * @param max the most binds per system_id, 0 for no limit
     * @return whether the slot was taken
     */
    public boolean reserve(InetSocketAddress remote, String systemId, int max) {
        lock.lock();
        try {
            if (max > 0 && count(systemId) >= max) {
                return false;
            }
            reserved.put(remote, systemId);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Registers a session that just bound, unless it has closed since: its closed event may then have come first,
     * with nothing to forget, and the entry would hold a bind slot and draw receipts for ever. Checked under the
     * lock, so that a close after the check finds the entry to remove.
     *
     * @param session the session
     * @return its entry, empty when the session is closed
     */
    public Optional<Entry> add(SmppSession session) {
        lock.lock();
        try {
            reserved.remove(session.remoteAddress());
            if (session.state() == SessionState.CLOSED) {
                return Optional.empty();
            }
            Entry e = new Entry(++lastId, session, session.peerSystemId());
            bySession.put(session, e);
            ordered.add(e);
            return Optional.of(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets a closed session, and its reservation if it closed before it bound.
     *
     * @param session the session
     * @return its entry, empty when it never bound
     */
    public Optional<Entry> remove(SmppSession session) {
        lock.lock();
        try {
            reserved.remove(session.remoteAddress());
            Entry e = bySession.remove(session);
            if (e != null) {
                ordered.remove(e);
            }
            return Optional.ofNullable(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Finds the entry of a session.
     *
     * @param session the session
     * @return the entry, empty when the session is not bound
     */
    public Optional<Entry> entry(SmppSession session) {
        lock.lock();
        try {
            return Optional.ofNullable(bySession.get(session));
        } finally {
            lock.unlock();
        }
    }

    /** Counts the bound and reserved binds of a system_id; called under the lock. */
    private int count(String systemId) {
        int n = 0;
        for (Entry e : ordered) {
            n += e.systemId().equals(systemId) ? 1 : 0;
        }
        for (String s : reserved.values()) {
            n += s.equals(systemId) ? 1 : 0;
        }
        return n;
    }

    /**
     * Picks the next receiving bind of a system_id, round-robin in bind order.
     *
     * @param systemId the system_id
     * @return a receiver or transceiver bind, empty when there is none
     */
    public Optional<Entry> nextReceiver(String systemId) {
        lock.lock();
        try {
            List<Entry> candidates = new ArrayList<>();
            for (Entry e : ordered) {
                if (e.systemId().equals(systemId) && e.canReceive()) {
                    candidates.add(e);
                }
            }
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            int next = cursors.getOrDefault(systemId, 0);
            cursors.put(systemId, next + 1);
            return Optional.of(candidates.get(Math.floorMod(next, candidates.size())));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the oldest receiving bind of any system_id.
     *
     * @return the bind, empty when none can receive
     */
    public Optional<Entry> firstReceiver() {
        lock.lock();
        try {
            return ordered.stream().filter(Entry::canReceive).findFirst();
        } finally {
            lock.unlock();
        }
    }
}
