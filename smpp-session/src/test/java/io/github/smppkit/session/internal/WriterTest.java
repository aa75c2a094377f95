package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Pdu;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** PDUs queued while a write is in progress leave together in the next single write. */
class WriterTest {

    @Test
    void aFullWindowQueuedDuringAWriteLeavesInOneWrite() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        transport.blockFirstWrite = true;
        RecordingEvents events = new RecordingEvents();
        List<Pdu> written = events.pdus;
        Writer writer = new Writer(transport, PduCodec.defaults(), events);
        Thread thread = new Thread(writer, "writer-test");
        thread.start();
        try {
            writer.enqueue(new Outbound(new EnquireLink(1), 16, ""));
            assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int seq = 2; seq <= 101; seq++) {
                writer.enqueue(new Outbound(new EnquireLink(seq), 16, ""));
            }
            transport.release.countDown();
            for (int i = 0; i < 500 && written.size() < 101; i++) {
                Thread.sleep(10);
            }
        } finally {
            writer.stop();
            thread.join(10_000);
        }

        assertThat(written).hasSize(101);
        assertThat(transport.writes).containsExactly(16, 100 * 16);
    }

    /** Senders wake the writer thread only when it parked: PDUs queued while it runs and after it parked leave. */
    @Test
    void pdusQueuedWhileTheWriterRunsOrSleepsLeaveAndStopEndsIt() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        transport.blockFirstWrite = true;
        RecordingEvents events = new RecordingEvents();
        List<Integer> sequences = events.sequenceNumbers;
        Writer writer = new Writer(transport, PduCodec.defaults(), events);
        Thread thread = new Thread(writer, "writer-test");
        thread.start();
        writer.enqueue(new Outbound(new EnquireLink(1), 16, ""));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.enqueue(new Outbound(new EnquireLink(2), 16, ""));
        writer.enqueue(new Outbound(new EnquireLink(3), 16, ""));
        transport.release.countDown();
        awaitSize(sequences, 3);
        // once right after the burst (the writer thread may still be running), once after it has long parked
        writer.enqueue(new Outbound(new EnquireLink(4), 16, ""));
        awaitSize(sequences, 4);
        Thread.sleep(50);
        writer.enqueue(new Outbound(new EnquireLink(5), 16, ""));
        awaitSize(sequences, 5);
        writer.stop();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(sequences).containsExactly(1, 2, 3, 4, 5);
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        for (int i = 0; i < 1000 && list.size() < size; i++) {
            Thread.sleep(10);
        }
        assertThat(list).hasSize(size);
    }
}
