package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * Many threads writing through one writer at once, where the socket takes a random part of each try: senders write
 * on their own thread ({@code enqueueAndWrite}) or leave it to the writer thread ({@code enqueue}), a reader thread
 * holds and flushes its answers, and partial tries are handed to the writer thread. Every PDU leaves exactly once,
 * whole, each thread's in the order it queued them, and never two threads write at the same time.
 */
class WriterConcurrencyTest {

    private static final int SENDERS = 4;
    private static final int PER_SENDER = 3_000;
    private static final int READS = 2_000;
    private static final int ANSWERS_PER_READ = 3;
    /** Sequence numbers: thread index times this, plus the PDU's index. */
    private static final int STRIDE = 1_000_000;
    private static final SubmitSm LARGE = SubmitSm.builder().source(Address.of(1, 1, "1"))
            .destination(Address.of(1, 1, "2"))
            .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[20_000]))).build();
    private static final int LARGE_LENGTH = PduCodec.defaults().encodedLength(LARGE);

    @Test
    void everyPduLeavesOnceWholeAndInEachThreadsOrder() throws Exception {
        SplittingTransport transport = new SplittingTransport();
        RecordingEvents events = new RecordingEvents();
        Writer writer = new Writer(transport, PduCodec.defaults(), events);
        Thread writerThread = new Thread(writer, "writer");
        writerThread.start();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 1; t <= SENDERS; t++) {
            int base = t * STRIDE;
            threads.add(new Thread(() -> {
                awaitQuietly(start);
                for (int i = 1; i <= PER_SENDER; i++) {
                    // some large, so that partial tries also end inside a PDU's body
                    Outbound out = i % 4 == 0 ? new Outbound(LARGE, base + i, LARGE_LENGTH, "")
                            : new Outbound(new EnquireLink(0), base + i, 16, "");
                    if (!(ThreadLocalRandom.current().nextBoolean() ? writer.enqueueAndWrite(out)
                            : writer.enqueue(out))) {
                        refused.incrementAndGet();
                    }
                }
            }, "sender-" + t));
        }
        int readerBase = (SENDERS + 1) * STRIDE;
        threads.add(new Thread(() -> {
            awaitQuietly(start);
            int i = 0;
            for (int read = 0; read < READS; read++) {
                writer.hold();
                for (int a = 0; a < ANSWERS_PER_READ; a++) {
                    i++;
                    writer.enqueue(new Outbound(EnquireLinkResp.of(0, CommandStatus.ESME_ROK), readerBase + i, 16, ""));
                }
                writer.flushHeld();
            }
        }, "reader"));
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(t.isAlive()).as("%s still queueing", t.getName()).isFalse();
        }
        int total = SENDERS * PER_SENDER + READS * ANSWERS_PER_READ;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (events.sequenceNumbers.size() < total && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        writer.stop();
        writerThread.join(10_000);

        assertThat(refused).hasValue(0);
        assertThat(transport.overlap.get()).as("two threads in the transport at once").isNull();
        assertThat(events.failed).isEmpty();
        assertThat(events.sequenceNumbers).hasSize(total);
        List<Integer> onTheWire = transport.sequenceNumbers();
        assertThat(onTheWire).as("every PDU reported written went out, whole").hasSize(total);
        Map<Integer, Integer> lastByThread = new HashMap<>();
        for (int seq : onTheWire) {
            Integer last = lastByThread.put(seq / STRIDE, seq);
            assertThat(seq).as("after %s", last).isEqualTo(last == null ? seq / STRIDE * STRIDE + 1 : last + 1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes a random part of each try and all of each write; records the sequence_number of each PDU whose octets
     * it took, and any overlapping use.
     */
    private static final class SplittingTransport implements Transport {
        private final List<Integer> sequenceNumbers = new ArrayList<>();
        private final ByteBuffer header = ByteBuffer.allocate(16);
        /** Octets of the current PDU after its header not taken yet. */
        private long bodyLeft;
        private final ReentrantLock lock = new ReentrantLock();
        private final AtomicBoolean inUse = new AtomicBoolean();
        final AtomicReference<String> overlap = new AtomicReference<>();
        private final AtomicInteger tries = new AtomicInteger();

        @Override
        public int read(ByteBuffer dst) {
            return -1;
        }

        @Override
        public void write(ByteBuffer src) throws IOException {
            take(src, src.remaining());
        }

        @Override
        public boolean tryWrite(ByteBuffer src) throws IOException {
            // one try in four takes only part: those writes go on on the writer thread
            int n = tries.incrementAndGet() % 4 == 0 ? ThreadLocalRandom.current().nextInt(src.remaining() + 1)
                    : src.remaining();
            take(src, n);
            return !src.hasRemaining();
        }

        private void take(ByteBuffer src, int n) {
            if (!inUse.compareAndSet(false, true)) {
                overlap.compareAndSet(null, Thread.currentThread().getName());
            }
            lock.lock();
            try {
                int end = src.position() + n;
                while (src.position() < end) {
                    if (bodyLeft > 0) {
                        int skip = (int) Math.min(bodyLeft, end - src.position());
                        src.position(src.position() + skip);
                        bodyLeft -= skip;
                        continue;
                    }
                    header.put(src.get());
                    if (!header.hasRemaining()) {
                        sequenceNumbers.add(header.getInt(12));
                        bodyLeft = header.getInt(0) - 16;
                        header.clear();
                    }
                }
            } finally {
                lock.unlock();
            }
            Thread.yield();
            inUse.set(false);
        }

        List<Integer> sequenceNumbers() {
            lock.lock();
            try {
                assertThat(header.position()).as("octets after the last whole header").isZero();
                assertThat(bodyLeft).as("octets missing from the last PDU").isZero();
                return new ArrayList<>(sequenceNumbers);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 2775);
        }
    }
}
