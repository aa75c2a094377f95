package io.github.smppkit.session.internal;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The session's writer thread: takes every queued PDU at once, encodes them back to back into one buffer and
 * writes it with one call, so a full window leaves in one syscall rather than one per PDU. Only this thread
 * writes: other threads enqueue and never block on the socket. While a write is blocked (peer not reading)
 * {@link #stalledSince()} tells the keepalive since when, so the session can be closed, which unblocks the write.
 *
 * <p>The reader thread answers most requests itself. It never writes those answers itself: a reader blocked in a
 * write reads nothing, and two peers doing so wait on each other for good. Between {@link #hold()} and
 * {@link #flushHeld()} its enqueues do not wake the writer thread, so a read's answers cost one wake-up and leave
 * in one write. {@link #queuedResponseBytes()} tells the reader how many octets of responses wait, so that a peer
 * that sends requests without reading the answers can be made to wait.
 *
 * <p>Enqueueing takes no lock: senders and the writer thread would otherwise contend for it on every PDU, and a
 * sender finding it taken parks. Senders push onto a stack with one compare-and-set; the writer takes the whole
 * stack with one swap and reverses it into queue order, so taking a batch costs one atomic operation rather
 * than one per PDU. A sender wakes the writer thread only when it is parked.
 *
 * <p>Thread-safety: {@link #enqueue} and {@link #stop} from any thread; {@link #hold} and {@link #flushHeld}
 * on the reader thread; {@link #run} on one thread.
 */
final class Writer implements Runnable {

    private static final int MAX_BATCH = 256 * 1024;
    /** Where sequence_number sits in the PDU header (reference §2.1). */
    private static final int SEQUENCE_OFFSET = 12;

    /** The PDUs queued and not taken yet, newest first; null when none is. */
    private final AtomicReference<Outbound> queued = new AtomicReference<>();
    /** Octets of the responses queued and not written yet, a write in progress included. */
    private final AtomicLong queuedResponseBytes = new AtomicLong();
    private final Transport transport;
    private final PduCodec codec;
    private final Events session;
    private volatile boolean stopped;
    /** The thread running {@link #run()}, once it runs. */
    private volatile Thread writerThread;
    /** Set by the writer thread before it parks; senders that see it wake the thread. */
    private volatile boolean parked;
    /** The thread whose enqueues wait for {@link #flushHeld()}; written by that thread only. */
    private volatile Thread holder;
    /** Holder thread only: it queued a PDU since {@link #hold()}. */
    private boolean held;
    private volatile long writeStarted;
    private ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    /**
     * Unbind or unbind_resp has been written: no request may follow. A request put just before the state moved to
     * UNBINDING can still be queued after them; it is reported not sent, so that its sender knows it can send it
     * again, rather than unanswered. Only the writer thread reads or writes it.
     */
    private boolean unbindWritten;

    /** What the writer reports to its session; a seam so the batching can be tested without a whole session. */
    interface Events {
        /**
         * A PDU left in a write.
         *
         * @param pdu the PDU as queued
         * @param sequenceNumber the sequence_number it was sent with
         */
        void written(Pdu pdu, int sequenceNumber);

        /**
         * A request was dropped: it was queued behind unbind or unbind_resp, after which a peer reads no request.
         *
         * @param pdu the request as queued
         * @param sequenceNumber its sequence_number
         */
        void notSent(Pdu pdu, int sequenceNumber);

        void close(String reason);

        void connectionFailed(String what, Exception e);
    }

    Writer(Transport transport, PduCodec codec, Events session) {
        this.transport = transport;
        this.codec = codec;
        this.session = session;
    }

    /**
     * Queues a PDU.
     *
     * @param out the PDU
     * @return false if the writer has stopped: the PDU is not written after the stop, though a write just before it
     *         may have taken it
     */
    boolean enqueue(Outbound out) {
        if (stopped) {
            return false;
        }
        if (out.isResponse()) {
            // counted before it can be taken, so that the count never goes below what is queued
            queuedResponseBytes.addAndGet(out.length());
        }
        Outbound top;
        do {
            top = queued.get();
            out.next = top;
        } while (!queued.compareAndSet(top, out));
        if (stopped) {
            // stop() may have dropped the queue before our push; this PDU will not be written either
            return false;
        }
        if (holder == Thread.currentThread()) {
            held = true;
        } else {
            wakeWriter();
        }
        return true;
    }

    /** Wakes the writer thread if it parked; the queue is written before {@code parked} is read. */
    private void wakeWriter() {
        if (parked) {
            LockSupport.unpark(writerThread);
        }
    }

    /** Makes the calling thread's enqueues wait, without waking the writer thread, for {@link #flushHeld()}. */
    void hold() {
        holder = Thread.currentThread();
    }

    /** Ends {@link #hold()}: wakes the writer thread if the calling thread queued PDUs meanwhile. */
    void flushHeld() {
        holder = null;
        if (held) {
            held = false;
            wakeWriter();
        }
    }

    /**
     * Returns the octets of responses queued and not written yet, a write in progress included.
     *
     * @return the octets, as their encoded lengths
     */
    long queuedResponseBytes() {
        return queuedResponseBytes.get();
    }

    /**
     * Stops the writer and drops what is queued; none of it was taken for a write.
     *
     * @return the dropped PDUs, newest first through {@link Outbound#next}, or null; the session fails their
     *         requests as not sent
     */
    Outbound stop() {
        stopped = true;
        Outbound dropped = queued.getAndSet(null);
        LockSupport.unpark(writerThread);
        return dropped;
    }

    /**
     * Returns when the current write started.
     *
     * @return {@link System#nanoTime()} at the start of a write in progress, 0 when not writing
     */
    long stalledSince() {
        return writeStarted;
    }

    @Override
    public void run() {
        writerThread = Thread.currentThread();
        try {
            while (awaitWork()) {
                if (!writeTaken()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            session.connectionFailed("write failed", e);
        }
    }

    /** Waits until something is queued; returns false once stopped. */
    private boolean awaitWork() {
        while (!stopped) {
            if (queued.get() != null) {
                return true;
            }
            parked = true;
            // a sender queues, then reads parked; we set parked, then look at the queue: one of us sees the other
            if (queued.get() == null) {
                LockSupport.park(this);
            }
            parked = false;
            if (Thread.interrupted()) {
                session.close("writer interrupted");
                return false;
            }
        }
        return false;
    }

    /**
     * Takes what is queued and writes it in writes of at most {@code MAX_BATCH} octets (or one PDU); returns false
     * once the connection must close.
     */
    private boolean writeTaken() throws IOException {
        Outbound first = null;
        for (Outbound newest = queued.getAndSet(null); newest != null; ) {
            Outbound older = newest.next;
            newest.next = first;
            first = newest;
            newest = older;
        }
        for (Outbound from = first; from != null; ) {
            int bytes = from.length();
            Outbound last = from;
            Outbound to = from.next;
            // a batch ends at a PDU the connection closes after: nothing queued later may leave
            while (to != null && !last.closeAfter() && bytes + to.length() <= MAX_BATCH) {
                bytes += to.length();
                last = to;
                to = to.next;
            }
            if (!writeBatch(from, to, bytes)) {
                return false;
            }
            from = to;
        }
        return true;
    }

    /** Writes the PDUs from {@code first} up to, not including, {@code end}, in queue order. */
    private boolean writeBatch(Outbound first, Outbound end, int total) throws IOException {
        if (buffer.capacity() < total) {
            buffer = ByteBuffer.allocate(Math.max(total, buffer.capacity() * 2));
        }
        buffer.clear();
        long responseBytes = 0;
        for (Outbound o = first; o != end; o = o.next) {
            Pdu pdu = o.pdu();
            if (pdu == null) {
                continue;
            }
            if (o.isResponse()) {
                responseBytes += o.length();
            }
            if (unbindWritten && pdu instanceof Request<?>) {
                o.dropUnsent();
                continue;
            }
            int start = buffer.position();
            codec.encode(pdu, buffer);
            buffer.putInt(start + SEQUENCE_OFFSET, o.sequenceNumber());
            unbindWritten |= pdu instanceof Unbind || pdu instanceof UnbindResp;
        }
        buffer.flip();
        if (buffer.hasRemaining()) {
            writeStarted = System.nanoTime();
            try {
                transport.write(buffer);
            } finally {
                writeStarted = 0;
            }
        }
        if (responseBytes != 0) {
            queuedResponseBytes.addAndGet(-responseBytes);
        }
        for (Outbound o = first; o != end; o = o.next) {
            if (o.notSent()) {
                session.notSent(o.pdu(), o.sequenceNumber());
            } else if (o.pdu() != null) {
                session.written(o.pdu(), o.sequenceNumber());
            }
            if (o.closeAfter()) {
                session.close(o.closeReason());
                return false;
            }
        }
        return true;
    }
}
