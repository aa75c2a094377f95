package io.github.smppkit.simulator.internal;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.simulator.Received;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SimulatorListener;
import io.github.smppkit.simulator.SimulatorStats;
import io.github.smppkit.simulator.SimulatorTimeoutException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts and keeps events for tests, and passes each to the listeners. The kept submits and messages are bounded;
 * the oldest go first.
 *
 * <p>Thread-safety: thread-safe; listeners are called outside the lock.
 */
public final class Recorder {

    private static final System.Logger LOG = System.getLogger(Recorder.class.getName());

    private final List<SimulatorListener> listeners;
    private final int max;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<SimulatorEvent.SubmitReceived> submits = new ArrayDeque<>();
    private final ArrayDeque<SimulatorEvent.MessageReceived> messages = new ArrayDeque<>();
    private final long[] counts = new long[8];

    /**
     * Creates a recorder.
     *
     * @param listeners listeners
     * @param max most submits and most messages kept
     */
    public Recorder(List<SimulatorListener> listeners, int max) {
        this.listeners = List.copyOf(listeners);
        this.max = max;
    }

    /**
     * Records an event and tells the listeners.
     *
     * @param event the event
     */
    public void emit(SimulatorEvent event) {
        lock.lock();
        try {
            record(event);
        } finally {
            lock.unlock();
        }
        for (SimulatorListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "simulator listener threw; ignored", e);
            }
        }
    }

    private void record(SimulatorEvent event) {
        if (event instanceof SimulatorEvent.Bound) {
            counts[0]++;
        } else if (event instanceof SimulatorEvent.SubmitReceived) {
            counts[2]++;
            keep(submits, (SimulatorEvent.SubmitReceived) event);
        } else if (event instanceof SimulatorEvent.MessageReceived) {
            counts[3]++;
            keep(messages, (SimulatorEvent.MessageReceived) event);
            arrived.signalAll();
        } else if (event instanceof SimulatorEvent.ReceiptSent) {
            counts[4]++;
        } else if (event instanceof SimulatorEvent.MoSent) {
            counts[5]++;
        } else if (event instanceof SimulatorEvent.Throttled) {
            counts[6]++;
        } else if (event instanceof SimulatorEvent.Rejected) {
            counts[isBind(((SimulatorEvent.Rejected) event).command()) ? 1 : 7]++;
        }
    }

    private static boolean isBind(CommandId c) {
        return c == CommandId.BIND_TRANSMITTER || c == CommandId.BIND_RECEIVER || c == CommandId.BIND_TRANSCEIVER;
    }

    private <T> void keep(ArrayDeque<T> kept, T event) {
        if (kept.size() >= max) {
            kept.removeFirst();
        }
        kept.addLast(event);
    }

    /**
     * Returns what was received.
     *
     * @return a snapshot
     */
    public Received received() {
        lock.lock();
        try {
            return new Received(new ArrayList<>(submits), new ArrayList<>(messages));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the counters.
     *
     * @return a snapshot
     */
    public SimulatorStats stats() {
        lock.lock();
        try {
            return new SimulatorStats(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                    counts[7]);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} messages were received.
     *
     * @param count messages to wait for
     * @param timeout longest wait
     * @return every message received so far (at least {@code count})
     * @throws SimulatorTimeoutException if fewer arrived in time
     */
    public List<SimulatorEvent.MessageReceived> awaitMessages(int count, Duration timeout) {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (messages.size() < count) {
                if (left <= 0) {
                    throw new SimulatorTimeoutException(count, new ArrayList<>(messages));
                }
                left = arrived.awaitNanos(left);
            }
            return List.copyOf(messages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorTimeoutException(count, new ArrayList<>(messages));
        } finally {
            lock.unlock();
        }
    }

    /** Forgets kept events and zeroes the counters. */
    public void reset() {
        lock.lock();
        try {
            submits.clear();
            messages.clear();
            Arrays.fill(counts, 0);
        } finally {
            lock.unlock();
        }
    }
}
