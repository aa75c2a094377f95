package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ServerConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A peer that sends requests without reading the answers: once our write blocks, the reader stops reading, so the
 * answers cannot pile up in the writer's queue; it reads again once the write goes through.
 */
class ReaderBackPressureTest {

    @Test
    void aBlockedWriteStopsTheReaderUntilItCompletes() throws Exception {
        FloodingPeer peer = new FloodingPeer();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        // keepalive off and a long dead-peer timeout: the session must stay open through the stall
        ServerConfig config = ServerConfig.builder().enquireLinkInterval(Duration.ZERO)
                .deadPeerTimeout(Duration.ofMinutes(1)).build();
        Session session = new Session(Settings.of(config), peer, timer, new SessionHooks() { },
                BindType.TRANSCEIVER, null);
        try {
            session.start();
            // the writer thread's write blocks (the reader thread's own writes would stop its reads anyway)
            session.enqueue(new Outbound(EnquireLinkResp.of(7, CommandStatus.ESME_ROK), 16, ""));
            assertThat(peer.writeBlocked.await(10, TimeUnit.SECONDS)).isTrue();
            peer.startFlood.countDown();
            Thread.sleep(300); // well past the 50 ms after which a write counts as blocked
            int stalled = peer.reads.get();
            Thread.sleep(300);
            assertThat(peer.reads.get()).as("reads while our write is blocked").isEqualTo(stalled);

            peer.unblockWrite.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (peer.reads.get() == stalled && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(peer.reads.get()).as("reads once the write went through").isGreaterThan(stalled);
        } finally {
            peer.unblockWrite.countDown();
            session.close("test over");
            timer.shutdownNow();
        }
    }

    /** Once started, sends an enquire_link on every read, a little apart; writes block until released. */
    private static final class FloodingPeer implements Transport {
        private final byte[] enquireLink = PduCodec.defaults().encode(new EnquireLink(1));
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch startFlood = new CountDownLatch(1);
        final CountDownLatch writeBlocked = new CountDownLatch(1);
        final CountDownLatch unblockWrite = new CountDownLatch(1);
        private volatile boolean closed;

        @Override
        public int read(ByteBuffer dst) throws IOException {
            try {
                startFlood.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            if (closed) {
                throw new IOException("closed");
            }
            // paced, so that a reader that does not stop queues thousands of answers, not millions
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
            reads.incrementAndGet();
            dst.put(enquireLink);
            return enquireLink.length;
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
