package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Pdu;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** PDUs queued while a write is in progress leave together in the next single write. */
class WriterTest {

    @Test
    void aFullWindowQueuedDuringAWriteLeavesInOneWrite() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> writes = new CopyOnWriteArrayList<>();
        Transport transport = new Transport() {
            @Override
            public int read(ByteBuffer dst) {
                return -1;
            }

            @Override
            public void write(ByteBuffer src) throws java.io.IOException {
                writes.add(src.remaining());
                src.position(src.limit());
                if (writes.size() == 1) {
                    firstWriteStarted.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                }
            }

            @Override
            public void close() {
            }

            @Override
            public InetSocketAddress remoteAddress() {
                return new InetSocketAddress("127.0.0.1", 2775);
            }
        };
        List<Pdu> written = new CopyOnWriteArrayList<>();
        Writer writer = new Writer(transport, PduCodec.defaults(), new Writer.Events() {
            @Override
            public void written(Pdu pdu, int sequenceNumber) {
                written.add(pdu);
            }

            @Override
            public void close(String reason) {
            }

            @Override
            public void connectionFailed(String what, Exception e) {
            }
        });
        Thread thread = new Thread(writer, "writer-test");
        thread.start();
        try {
            writer.enqueue(new Outbound(new EnquireLink(1), 16, ""));
            assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int seq = 2; seq <= 101; seq++) {
                writer.enqueue(new Outbound(new EnquireLink(seq), 16, ""));
            }
            release.countDown();
            for (int i = 0; i < 500 && written.size() < 101; i++) {
                Thread.sleep(10);
            }
        } finally {
            writer.stop();
            thread.join(10_000);
        }

        assertThat(written).hasSize(101);
        assertThat(writes).containsExactly(16, 100 * 16);
    }
}
