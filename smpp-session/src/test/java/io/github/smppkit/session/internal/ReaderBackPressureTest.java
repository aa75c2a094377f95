package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ServerConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A peer that sends requests without reading the answers: a blocked write alone does not stop the reader (a peer
 * blocked writing to us would wait for us for good), but once more than {@code maxQueuedResponseBytes} of answers
 * wait it takes no more requests, so the answers cannot pile up; it still takes the responses ahead of the next
 * request, and takes requests again once the answers are written.
 */
class ReaderBackPressureTest {

    /** An enquire_link_resp: each request of these peers is answered with one. */
    private static final int ANSWER = 16;
    private static final int CAP = 64 * ANSWER;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private ScriptedPeer peer;
    private Session session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close("test over");
        }
        timer.shutdownNow();
    }

    @Test
    void aBlockedWriteStopsTheReaderOnlyAtTheCapAndItReadsAgainOnceTheAnswersAreWritten() throws Exception {
        // keepalive off and a long dead-peer timeout: the session must stay open through the stall
        start(new ScriptedPeer(true), Duration.ofMinutes(1));
        session.sendResponse(EnquireLinkResp.of(7, CommandStatus.ESME_ROK), "");
        assertThat(peer.writeBlocked.await(10, TimeUnit.SECONDS)).isTrue();
        peer.startFlood.countDown();

        int stalled = stalledReads();
        // a request is taken while at most CAP octets wait (the blocked one included); the next one waits, read
        assertThat(stalled).as("requests read while our write is blocked").isBetween(CAP / ANSWER, CAP / ANSWER + 2);

        peer.unblockWrite.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (peer.reads.get() == stalled && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(peer.reads.get()).as("reads once the answers went out").isGreaterThan(stalled);
    }

    @Test
    void aPeerThatFloodsRequestsAndNeverReadsIsHeldAtTheCapAndClosedAsDead() throws Exception {
        start(new ScriptedPeer(true), Duration.ofSeconds(1));
        peer.startFlood.countDown();

        int stalled = stalledReads();
        // every request read is answered into the queue: what is read is what is held
        assertThat(stalled).as("requests read from a peer that reads nothing").isBetween(CAP / ANSWER,
                CAP / ANSWER + 2);
        assertThat(closed.get(10, TimeUnit.SECONDS)).contains("dead peer").contains("write blocked");
        assertThat(peer.reads.get()).isEqualTo(stalled);
    }

    @Test
    void responsesAheadOfTheNextRequestAreStillReadAtTheCap() throws Exception {
        start(new ScriptedPeer(false), Duration.ofMinutes(1));
        Pending ours = session.sendControl(new EnquireLink(0), Duration.ofSeconds(30), null);
        assertThat(peer.writeBlocked.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i <= CAP / ANSWER; i++) {
            peer.frames.add(encode(new EnquireLink(100 + i)));
        }
        assertThat(eventually(() -> peer.frames.isEmpty())).isTrue();
        Thread.sleep(100); // well past the 50 ms after which a blocked write used to stop the reader

        peer.frames.add(encode(EnquireLinkResp.of(ours.sequenceNumber, CommandStatus.ESME_ROK)));
        peer.frames.add(encode(new EnquireLink(500)));
        peer.frames.add(encode(new EnquireLink(501)));

        assertThat(ours.future.get(10, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.ESME_ROK);
        // the first request after the response is read and waits for room; the one behind it stays unread
        assertThat(eventually(() -> peer.frames.size() <= 1)).isTrue();
        Thread.sleep(200);
        assertThat(peer.frames).hasSize(1);
    }

    private void start(ScriptedPeer scripted, Duration deadPeerTimeout) {
        peer = scripted;
        ServerConfig config = ServerConfig.builder().enquireLinkInterval(Duration.ZERO)
                .deadPeerTimeout(deadPeerTimeout).maxQueuedResponseBytes(CAP).build();
        session = new Session(Settings.of(config), peer, timer, new SessionHooks() {
            @Override
            public void closed(Session s, String reason) {
                closed.complete(reason);
            }
        }, BindType.TRANSCEIVER, null);
        session.start();
    }

    /**
     * Waits until the reader has taken as many requests as the cap holds answers, then until the peer's reads stop
     * growing for 200 ms, and returns their count. A reader that stops earlier is caught by the callers' bounds.
     */
    private int stalledReads() throws InterruptedException {
        eventually(() -> peer.reads.get() >= CAP / ANSWER);
        int before;
        int after = peer.reads.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            before = after;
            Thread.sleep(200);
            after = peer.reads.get();
        } while (after != before && System.nanoTime() < deadline);
        return after;
    }

    /** Waits (bounded, generous) until the condition holds. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }

    private static byte[] encode(Pdu pdu) {
        return PduCodec.defaults().encode(pdu);
    }

    /**
     * Hands the reader one frame per read: either an endless flood of enquire_link, a little apart, once started,
     * or the frames a test queues. Every write blocks until released or closed.
     */
    private static final class ScriptedPeer implements Transport {
        private final byte[] enquireLink = encode(new EnquireLink(1));
        private final boolean flood;
        final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch startFlood = new CountDownLatch(1);
        final CountDownLatch writeBlocked = new CountDownLatch(1);
        final CountDownLatch unblockWrite = new CountDownLatch(1);
        private volatile boolean closed;

        ScriptedPeer(boolean flood) {
            this.flood = flood;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            byte[] frame;
            try {
                frame = flood ? nextOfFlood() : nextQueued();
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            if (frame == null) {
                throw new IOException("closed");
            }
            reads.incrementAndGet();
            dst.put(frame);
            return frame.length;
        }

        private byte[] nextOfFlood() throws InterruptedException {
            startFlood.await(30, TimeUnit.SECONDS);
            // paced, so that a reader that does not stop queues thousands of answers, not millions
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
            return closed ? null : enquireLink;
        }

        private byte[] nextQueued() throws InterruptedException {
            byte[] frame = null;
            while (frame == null && !closed) {
                frame = frames.poll(10, TimeUnit.MILLISECONDS);
            }
            return frame;
        }

        @Override
        public void write(ByteBuffer src) throws IOException {
            src.position(src.limit());
            writeBlocked.countDown();
            try {
                unblockWrite.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            if (closed) {
                throw new IOException("closed");
            }
        }

        @Override
        public void close() {
            closed = true;
            startFlood.countDown();
            unblockWrite.countDown();
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 2775);
        }
    }
}
