package io.github.smppkit.session.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounds the inbound requests handed to the request handler and not answered yet. The reader takes a slot per
 * request and waits (at most the dead-peer timeout, which is TCP back-pressure towards the peer) when none is
 * left; answering returns it. A sequence number the peer reuses while still unanswered takes one slot.
 *
 * <p>Thread-safety: thread-safe; one lock guards the count and the set of unanswered sequence numbers (one lock
 * operation per admit and per answer; it is usually uncontended, a handler mostly answering on the reader thread)
 * and is released while waiting.
 */
final class Inflow {

    private final int max;
    private final long waitNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final IntTable<Boolean> unanswered;
    /** The table cannot hold key 0, which a peer may still send. */
    private boolean zeroUnanswered;
    private int taken;
    private boolean closed;
    /** Run once when the last admitted request is answered; set while the peer's unbind waits for them. */
    private Runnable onDrained;

    Inflow(int max, Duration wait) {
        this.max = max;
        this.waitNanos = wait.toNanos();
        this.unanswered = new IntTable<>(Math.min(max, 1024));
    }

    /**
     * Takes a slot for an inbound request, waiting for one at most the configured time.
     *
     * @param seq the request's sequence number
     * @return false if no slot freed in time or the thread was interrupted (the flag is set again)
     */
    boolean admit(int seq) {
        lock.lock();
        try {
            long left = waitNanos;
            while (taken >= max && !closed) {
                if (left <= 0) {
                    return false;
                }
                left = freed.awaitNanos(left);
            }
            if (mark(seq)) {
                taken++;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean mark(int seq) {
        if (seq != 0) {
            return unanswered.putIfAbsent(seq, Boolean.TRUE);
        }
        boolean first = !zeroUnanswered;
        zeroUnanswered = true;
        return first;
    }

    void answered(int seq) {
        Runnable drained = null;
        lock.lock();
        try {
            boolean known;
            if (seq != 0) {
                known = unanswered.remove(seq) != null;
            } else {
                known = zeroUnanswered;
                zeroUnanswered = false;
            }
            if (known) {
                taken--;
                // the reader may wait in admit and an unbinding thread in drain
                freed.signalAll();
                if (taken == 0) {
                    drained = onDrained;
                    onDrained = null;
                }
            }
        } finally {
            lock.unlock();
        }
        if (drained != null) {
            // after the caller queued its answer, so what runs now is queued after every answer
            drained.run();
        }
    }

    /**
     * Runs {@code action} once every admitted request is answered: at once if none is waiting, else on the thread
     * that answers the last one. It is dropped if the session closes first; the caller bounds the wait itself.
     *
     * @param action what to run, at most once
     */
    void whenDrained(Runnable action) {
        lock.lock();
        try {
            if (taken > 0 && !closed) {
                onDrained = action;
                return;
            }
        } finally {
            lock.unlock();
        }
        action.run();
    }

    /**
     * Waits until every admitted request is answered, the session closes or the deadline passes.
     *
     * @param deadline the {@link System#nanoTime()} to give up at
     */
    void drain(long deadline) {
        lock.lock();
        try {
            long left = deadline - System.nanoTime();
            while (taken > 0 && !closed && left > 0) {
                left = freed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every unanswered request and stops bounding: nothing waits on a closed session. */
    void close() {
        lock.lock();
        try {
            unanswered.clear();
            zeroUnanswered = false;
            taken = 0;
            closed = true;
            onDrained = null;
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
