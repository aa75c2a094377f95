package io.github.smppkit.session.internal;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes the session's PDUs: whoever writes takes every queued PDU at once, encodes them back to back into one
 * buffer and writes it with one call, so a full window leaves in one syscall rather than one per PDU. One thread
 * writes at a time, holding {@link #writing}. While a write is blocked (peer not reading) {@link #stalledSince()}
 * tells the keepalive since when, so the session can be closed, which unblocks the write.
 *
 * <p>Most writes are the writer thread's: other threads enqueue and wake it. Two cases write on the calling thread
 * instead, saving the wake-up, which costs more than the write itself: the reader thread's answers to what it has
 * just read ({@link #hold()} and {@link #flushHeld()}, one write per read), and a request sent when the session has
 * no other in flight ({@link #enqueueAndWrite}). Those threads must never block in a write: a reader blocked in
 * a write reads nothing, and two peers doing so wait on each other for good. So they only try
 * ({@link Transport#tryWrite}); what the socket does not take at once is handed, with the write, to the writer
 * thread. {@link #queuedResponseBytes()} tells the reader how many octets of responses wait, so that a peer that
 * sends requests without reading the answers can be made to wait.
 *
 * <p>Enqueueing takes no lock: senders and the writer would otherwise contend for it on every PDU, and a sender
 * finding it taken parks. Senders push onto a stack with one compare-and-set; the writer takes the whole stack
 * with one swap and reverses it into queue order, so taking a batch costs one atomic operation rather than one per
 * PDU. A sender wakes the writer thread only when it is parked.
 *
 * <p>Thread-safety: {@link #enqueue}, {@link #enqueueAndWrite} and {@link #stop} from any thread; {@link #hold}
 * and {@link #flushHeld} on the reader thread; {@link #run} on one thread. Whoever holds {@link #writing} owns
 * the buffer, the hand-off fields and the transport's write side.
 */
final class Writer implements Runnable {

    private static final int MAX_BATCH = 256 * 1024;
    /** Where sequence_number sits in the PDU header (reference §2.1). */
    private static final int SEQUENCE_OFFSET = 12;

    /** The PDUs queued and not taken yet, newest first; null when none is. */
    private final AtomicReference<Outbound> queued = new AtomicReference<>();
    /** Octets of the responses queued and not written yet, a write in progress included. */
    private final AtomicLong queuedResponseBytes = new AtomicLong();
    /** Held by the thread taking and writing PDUs; there is one such thread at a time. */
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Transport transport;
    private final PduCodec codec;
    private final WriterEvents session;
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
     * A write that another thread could not finish without blocking waits for the writer thread, which then holds
     * {@link #writing}: the rest is in {@link #buffer}, for the batch from {@link #handedFirst} up to, not including,
     * {@link #handedEnd}; the PDUs from {@link #handedEnd} on are taken and not encoded yet. Set last.
     */
    private volatile boolean handedOff;
    private Outbound handedFirst;
    private Outbound handedEnd;
    private long handedResponseBytes;
    /**
     * Unbind or unbind_resp has been written: no request may follow. A request put just before the state moved to
     * UNBINDING can still be queued after them; it is reported not sent, so that its sender knows it can send it
     * again, rather than unanswered. Only the thread holding {@link #writing} reads or writes it.
     */
    private boolean unbindWritten;

    /** How taking the queue ended. */
    private enum Outcome {
        /** Everything taken was written. */
        WRITTEN,
        /** A write could not finish without blocking; the writer thread goes on with it. */
        HANDED_OFF,
        /** A PDU after which the connection closes was written; the session is closing. */
        CLOSED
    }

    Writer(Transport transport, PduCodec codec, WriterEvents session) {
        this.transport = transport;
        this.codec = codec;
        this.session = session;
    }

    /**
     * Queues a PDU for the writer thread.
     *
     * @param out the PDU
     * @return false if the writer has stopped: the PDU is not written after the stop, though a write just before it
     *         may have taken it
     */
    boolean enqueue(Outbound out) {
        return enqueue(out, false);
    }

    /**
     * Queues a PDU and writes the queue on the calling thread, as far as the socket takes it without blocking, unless
     * a write is under way; the writer thread does the rest. For a PDU that waits for nothing else: a write on the
     * calling thread spares a wake-up, but the PDUs of a busy session leave together when the writer thread takes
     * them.
     *
     * @param out the PDU
     * @return as {@link #enqueue}
     */
    boolean enqueueAndWrite(Outbound out) {
        return enqueue(out, true);
    }

    private boolean enqueue(Outbound out, boolean writeHere) {
        if (!push(out)) {
            return false;
        }
        if (holder == Thread.currentThread()) {
            held = true;
        } else if (writeHere) {
            writeHere();
        } else {
            wakeWriter();
        }
        return true;
    }

    private boolean push(Outbound out) {
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
        // stop() may have dropped the queue before our push; this PDU will not be written either
        return !stopped;
    }

    /** Wakes the writer thread if it parked; what it is to see is written before {@code parked} is read. */
    private void wakeWriter() {
        if (parked) {
            LockSupport.unpark(writerThread);
        }
    }

    /** Makes the calling thread's enqueues wait, without waking the writer thread, for {@link #flushHeld()}. */
    void hold() {
        holder = Thread.currentThread();
    }

    /** Ends {@link #hold()}: writes what the calling thread queued meanwhile, as {@link #enqueueAndWrite} does. */
    void flushHeld() {
        holder = null;
        if (held) {
            held = false;
            writeHere();
        }
    }

    /** Writes the queue on the calling thread without blocking, handing what is left to the writer thread. */
    private void writeHere() {
        if (!writing.compareAndSet(false, true)) {
            // the holder takes the queue again before it lets go, or wakes the writer thread
            wakeWriter();
            return;
        }
        Outcome outcome = Outcome.WRITTEN;
        try {
            if (!stopped) {
                outcome = writeFrom(take(), false);
            }
        } catch (IOException | RuntimeException e) {
            session.connectionFailed("write failed", e);
        } finally {
            if (outcome != Outcome.HANDED_OFF) {
                release();
            }
        }
    }

    /** Lets go of the write; PDUs queued meanwhile are the writer thread's. */
    private void release() {
        writing.set(false);
        if (queued.get() != null) {
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
                Outcome outcome = handedOff ? finishHandedOff() : writeFrom(take(), true);
                release();
                if (outcome == Outcome.CLOSED) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            session.connectionFailed("write failed", e);
        }
    }

    /** Waits until there is something to write and this thread holds {@link #writing}; returns false once stopped. */
    private boolean awaitWork() {
        while (!stopped) {
            if (handedOff) {
                return true;
            }
            if (queued.get() != null && writing.compareAndSet(false, true)) {
                return true;
            }
            parked = true;
            // Each side writes, then reads what the other writes: one of us sees the other. A sender queues, then
            // reads parked; a thread letting go of the write, or handing it over, does the same.
            if (!handedOff && (queued.get() == null || writing.get())) {
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

    /** Takes what is queued, in queue order; null when nothing is. */
    private Outbound take() {
        Outbound first = null;
        for (Outbound newest = queued.getAndSet(null); newest != null; ) {
            Outbound older = newest.next;
            newest.next = first;
            first = newest;
            newest = older;
        }
        return first;
    }

    /** Writes the taken PDUs from {@code from} on, in writes of at most {@code MAX_BATCH} octets (or one PDU). */
    private Outcome writeFrom(Outbound from, boolean mayBlock) throws IOException {
        while (from != null) {
            int bytes = from.length();
            Outbound last = from;
            Outbound to = from.next;
            // a batch ends at a PDU the connection closes after: nothing queued later may leave
            while (to != null && !last.closeAfter() && bytes + to.length() <= MAX_BATCH) {
                bytes += to.length();
                last = to;
                to = to.next;
            }
            long responseBytes = encode(from, to, bytes);
            if (buffer.hasRemaining()) {
                if (mayBlock) {
                    writeBlocking();
                } else if (!transport.tryWrite(buffer)) {
                    handedFirst = from;
                    handedEnd = to;
                    handedResponseBytes = responseBytes;
                    handedOff = true;
                    LockSupport.unpark(writerThread);
                    return Outcome.HANDED_OFF;
                }
            }
            if (!written(from, to, responseBytes)) {
                return Outcome.CLOSED;
            }
            from = to;
        }
        return Outcome.WRITTEN;
    }

    /** Finishes the write another thread handed over, then writes the rest of what it took. */
    private Outcome finishHandedOff() throws IOException {
        handedOff = false;
        Outbound first = handedFirst;
        Outbound end = handedEnd;
        handedFirst = null;
        handedEnd = null;
        writeBlocking();
        return written(first, end, handedResponseBytes) ? writeFrom(end, true) : Outcome.CLOSED;
    }

    /** Encodes the PDUs from {@code first} up to, not including, {@code end} into the buffer, ready to write. */
    private long encode(Outbound first, Outbound end, int total) {
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
        return responseBytes;
    }

    private void writeBlocking() throws IOException {
        writeStarted = System.nanoTime();
        try {
            transport.write(buffer);
        } finally {
            writeStarted = 0;
        }
    }

    /** Reports the written batch; returns false once the connection must close. */
    private boolean written(Outbound first, Outbound end, long responseBytes) {
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
