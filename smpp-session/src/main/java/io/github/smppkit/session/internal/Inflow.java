package io.github.smppkit.session.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the inbound requests handed to the request handler and not answered yet. The reader takes a permit
 * per request and waits (at most the dead-peer timeout, which is TCP back-pressure towards the peer) when none
 * is left; answering returns it.
 *
 * <p>Thread-safety: thread-safe.
 */
final class Inflow {

    private final int max;
    private final Semaphore permits;
    private final Duration wait;
    private final ConcurrentHashMap<Integer, Boolean> unanswered = new ConcurrentHashMap<>();

    Inflow(int max, Duration wait) {
        this.max = max;
        this.permits = new Semaphore(max);
        this.wait = wait;
    }

    boolean admit(int seq) {
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (unanswered.putIfAbsent(seq, Boolean.TRUE) != null) {
            // The peer reused a sequence number still unanswered: count it once.
            permits.release();
        }
        return true;
    }

    void answered(int seq) {
        if (unanswered.remove(seq) != null) {
            permits.release();
        }
    }

    void close() {
        unanswered.clear();
        permits.release(max);
    }
}
