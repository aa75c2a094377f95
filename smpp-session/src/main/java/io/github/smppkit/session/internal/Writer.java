package io.github.smppkit.session.internal;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.Pdu;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The session's writer thread: takes every queued PDU at once, encodes them back to back into one buffer and
 * writes it with one call, so a full window leaves in one syscall rather than one per PDU. Application threads
 * only enqueue and never block on the socket. While a write is blocked (peer not reading) {@link #stalledSince()}
 * tells the keepalive since when, so the session can be closed, which unblocks the write.
 *
 * <p>The reader thread answers most requests itself; waking the writer thread for those answers would cost a
 * futex wake and two context switches per read. So between {@link #hold()} and {@link #flushHeld()} the
 * reader's own enqueues do not signal, and {@link #flushHeld()} writes them on the reader thread unless the
 * writer thread is busy writing (then it takes them after its write). A peer that stops reading thus also
 * stops our reads until the keepalive closes the stalled session. Whoever writes holds {@code writing}, which
 * keeps the PDUs in queue order.
 *
 * <p>After writing a batch of several PDUs the writer thread looks for more for a few microseconds before it
 * parks (see {@link #spinForWork()}), because under load the next PDU is that close and a wake-up costs more.
 *
 * <p>Thread-safety: {@link #enqueue} and {@link #stop} from any thread; {@link #hold} and {@link #flushHeld}
 * on the reader thread; {@link #run} on one thread.
 */
final class Writer implements Runnable {

    private static final int MAX_BATCH = 256 * 1024;
    /** Where sequence_number sits in the PDU header (reference §2.1). */
    private static final int SEQUENCE_OFFSET = 12;
    /** How long the writer thread looks for more PDUs before it parks (see {@link #spinForWork()}). */
    private static final long SPIN_NANOS = 20_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private final ArrayDeque<Outbound> queue = new ArrayDeque<>();
    private final Transport transport;
    private final PduCodec codec;
    private final Events session;
    private volatile boolean stopped;
    /** Mirrors {@code !queue.isEmpty()} for the writer thread's spin; written under {@code lock}. */
    private volatile boolean queued;
    /** Under {@code lock}: a thread owns {@code batch} and {@code buffer} and is writing them. */
    private boolean writing;
    /** The thread whose enqueues wait for {@link #flushHeld()}; written by that thread only. */
    private volatile Thread holder;
    /** Under {@code lock}: the holder queued a PDU since {@link #hold()}. */
    private boolean held;
    private volatile long writeStarted;
    /** Writer thread only: whether {@link #take()} spins before parking. */
    private boolean spin;
    /** The PDUs of the write in progress; reused, touched only by the thread that set {@code writing}. */
    private final List<Outbound> batch = new ArrayList<>();
    private ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);

    /** What the writer reports to its session; a seam so the batching can be tested without a whole session. */
    interface Events {
        /**
         * A PDU left in a write.
         *
         * @param pdu the PDU as queued
         * @param sequenceNumber the sequence_number it was sent with
         */
        void written(Pdu pdu, int sequenceNumber);

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
     * @return false if the writer has stopped (the PDU will never be written)
     */
    boolean enqueue(Outbound out) {
        lock.lock();
        try {
            if (stopped) {
                return false;
            }
            queue.addLast(out);
            queued = true;
            if (holder == Thread.currentThread()) {
                held = true;
            } else {
                ready.signal();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Makes the calling thread's enqueues wait, without waking the writer thread, for {@link #flushHeld()}. */
    void hold() {
        holder = Thread.currentThread();
    }

    /**
     * Ends {@link #hold()}: if the calling thread queued PDUs meanwhile, writes what is queued on this thread, or
     * leaves it to the writer thread if that is writing. Other threads' PDUs alone are left to the writer thread,
     * which they woke. A failed write is reported like one of the writer thread.
     */
    void flushHeld() {
        holder = null;
        lock.lock();
        try {
            boolean own = held;
            held = false;
            if (!own || writing || stopped || queue.isEmpty()) {
                return;
            }
            takeBatch();
        } finally {
            lock.unlock();
        }
        try {
            writeTaken();
        } catch (IOException | RuntimeException e) {
            session.connectionFailed("write failed", e);
        }
    }

    /** Stops the writer; queued PDUs are dropped (their requests are failed by the session). */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            queue.clear();
            queued = false;
            ready.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns when the current write started.
     *
     * @return {@link System#nanoTime()} at the start of a write in progress, 0 when not writing
     */
    long stalledSince() {
        return writeStarted;
    }

    /** Waits for queued PDUs nobody else is writing and takes them into the batch; returns false once stopped. */
    private boolean take() throws InterruptedException {
        if (spin) {
            spin = spinForWork();
        }
        lock.lock();
        try {
            while ((queue.isEmpty() || writing) && !stopped) {
                ready.await();
            }
            if (stopped) {
                return false;
            }
            takeBatch();
            // several PDUs queued while we wrote or woke: they come faster than a wake-up, so look before parking
            spin |= batch.size() > 1;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Looks for the next PDU for a few microseconds before parking: under load it is queued that soon, and finding
     * it spares the sender a futex wake and the PDU a trip through the scheduler. A session with one PDU at a time
     * never spins, and one whose spin finds nothing stops spinning.
     *
     * @return whether a PDU came (or the writer stopped) within the spin
     */
    private boolean spinForWork() {
        long deadline = 0;
        for (int i = 1; !queued && !stopped; i++) {
            Thread.onSpinWait();
            if ((i & 63) == 0) {
                long now = System.nanoTime();
                if (deadline == 0) {
                    deadline = now + SPIN_NANOS;
                } else if (now - deadline > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Under {@code lock}: claims {@code writing} and moves what is queued (up to {@code MAX_BATCH} octets). */
    private void takeBatch() {
        writing = true;
        int bytes = 0;
        while (!queue.isEmpty() && (batch.isEmpty() || bytes + queue.peekFirst().length() <= MAX_BATCH)) {
            Outbound o = queue.pollFirst();
            bytes += o.length();
            batch.add(o);
        }
        queued = !queue.isEmpty();
    }

    /** Writes the taken batch and gives up {@code writing}; returns false once the connection must close. */
    private boolean writeTaken() throws IOException {
        try {
            return writeBatch();
        } finally {
            batch.clear();
            lock.lock();
            try {
                writing = false;
                if (!queue.isEmpty()) {
                    ready.signal();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void run() {
        try {
            while (take()) {
                if (!writeTaken()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close("writer interrupted");
        } catch (IOException e) {
            session.connectionFailed("write failed", e);
        } catch (RuntimeException e) {
            session.connectionFailed("write failed", e);
        }
    }

    private boolean writeBatch() throws IOException {
        int total = 0;
        for (Outbound o : batch) {
            total += o.length();
        }
        if (buffer.capacity() < total) {
            buffer = ByteBuffer.allocate(Math.max(total, buffer.capacity() * 2));
        }
        buffer.clear();
        for (Outbound o : batch) {
            int start = buffer.position();
            codec.encode(o.pdu(), buffer);
            buffer.putInt(start + SEQUENCE_OFFSET, o.sequenceNumber());
        }
        buffer.flip();
        writeStarted = System.nanoTime();
        try {
            transport.write(buffer);
        } finally {
            writeStarted = 0;
        }
        for (Outbound o : batch) {
            session.written(o.pdu(), o.sequenceNumber());
            if (o.closeAfter()) {
                session.close(o.closeReason());
                return false;
            }
        }
        return true;
    }
}
