package io.github.smppkit.session.internal;

import io.github.smppkit.codec.DecodeResult;
import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.Reaction;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The session's reader thread: reads into one buffer, decodes every complete frame and hands it to the session,
 * then writes the answers those frames produced itself (see {@link Writer#flushHeld()}).
 * The buffer grows only as far as the largest accepted command_length. Malformed frames are answered as
 * {@link DecodeResult.Malformed#reaction()} says; a framing error answers generic_nack and closes. While a write
 * is blocked (the peer is not reading our answers) it stops reading, so that answers cannot pile up in memory:
 * the peer's own writes then block, until it reads again or the keepalive closes the session.
 *
 * <p>Thread-safety: runs on one thread.
 */
final class Reader implements Runnable {

    private static final System.Logger LOG = System.getLogger(Reader.class.getName());
    /** A write in progress this long is blocked on a full socket buffer, not merely under way. */
    private static final long STALLED_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long STALL_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Transport transport;
    private final PduCodec codec;
    private final Session session;
    private final Writer writer;
    private ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    Reader(Transport transport, PduCodec codec, Session session, Writer writer) {
        this.transport = transport;
        this.codec = codec;
        this.session = session;
        this.writer = writer;
    }

    @Override
    public void run() {
        try {
            while (!session.isClosed()) {
                awaitUnstalledWriter();
                int n = transport.read(buffer);
                if (n < 0) {
                    session.peerClosed(buffer.position());
                    return;
                }
                session.bytesRead();
                buffer.flip();
                boolean go = drainAndFlush();
                buffer.compact();
                if (!go) {
                    return;
                }
            }
        } catch (IOException e) {
            session.connectionFailed("read failed", e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "reader failed", e);
            session.connectionFailed("reader failed", e);
        }
    }

    /**
     * Waits while a write has been blocked for {@link #STALLED_NANOS}: the writer's queue is not bounded by itself,
     * the peer's requests keep coming while it does not read our answers. Polls, as the write gives no signal.
     */
    private void awaitUnstalledWriter() {
        long since;
        while ((since = writer.stalledSince()) != 0 && System.nanoTime() - since > STALLED_NANOS
                && !session.isClosed()) {
            LockSupport.parkNanos(this, STALL_POLL_NANOS);
        }
    }

    /**
     * Drains the buffer and then writes the answers it produced in one go on this thread, sparing the writer
     * thread a wake-up per read.
     */
    private boolean drainAndFlush() {
        writer.hold();
        try {
            return drain();
        } finally {
            writer.flushHeld();
        }
    }

    /** Decodes every whole frame in the buffer; returns false once the connection must close. */
    private boolean drain() {
        while (buffer.hasRemaining()) {
            DecodeResult r = codec.decode(buffer);
            if (r instanceof DecodeResult.Decoded) {
                session.received(((DecodeResult.Decoded) r).pdu());
            } else if (r instanceof DecodeResult.NeedMore) {
                ensureRoom(((DecodeResult.NeedMore) r).bytesNeeded());
                session.partialFrame(true);
                return true;
            } else {
                DecodeResult.Malformed m = (DecodeResult.Malformed) r;
                session.malformed(m, m.reaction() == Reaction.CLOSE && tlsRecord(buffer));
                if (m.reaction() == Reaction.CLOSE) {
                    return false;
                }
            }
        }
        session.partialFrame(false);
        return true;
    }

    /**
     * Tells whether the octets at the buffer's position open a TLS record (content type 20..23, version 3.x): read
     * as a command_length they are far too long, and the reason should say what they are.
     */
    static boolean tlsRecord(ByteBuffer b) {
        int p = b.position();
        return b.remaining() >= 3 && b.get(p) >= 20 && b.get(p) <= 23 && b.get(p + 1) == 3 && b.get(p + 2) >= 0
                && b.get(p + 2) <= 4;
    }

    private void ensureRoom(int needed) {
        int frame = buffer.remaining() + needed;
        if (frame > buffer.capacity()) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(frame, buffer.capacity() * 2));
            bigger.put(buffer);
            bigger.flip();
            buffer = bigger;
        }
    }
}
