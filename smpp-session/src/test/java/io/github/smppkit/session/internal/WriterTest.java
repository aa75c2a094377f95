package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The writer thread: PDUs queued while a write is in progress leave together in the next single write. */
class WriterTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final RecordingEvents events = new RecordingEvents();
    private final Writer writer = new Writer(transport, PduCodec.defaults(), events);
    private final Thread thread = new Thread(writer, "writer-test");

    @BeforeEach
    void start() {
        transport.blockFirstWrite = true;
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        writer.stop();
        thread.join(10_000);
    }

    @Test
    void aFullWindowQueuedDuringAWriteLeavesInOneWrite() throws Exception {
        writer.enqueue(link(1));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int seq = 2; seq <= 101; seq++) {
            writer.enqueue(link(seq));
        }
        transport.release.countDown();
        awaitSize(events.pdus, 101);

        assertThat(transport.writes).containsExactly(16, 100 * 16);
    }

    /** Senders wake the writer thread only when it parked: PDUs queued while it runs and after it parked leave. */
    @Test
    void pdusQueuedWhileTheWriterRunsOrSleepsLeaveAndStopEndsIt() throws Exception {
        List<Integer> sequences = events.sequenceNumbers;
        writer.enqueue(link(1));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.enqueue(link(2));
        writer.enqueue(link(3));
        transport.release.countDown();
        awaitSize(sequences, 3);
        // once right after the burst (the writer thread may still be running), once after it has long parked
        writer.enqueue(link(4));
        awaitSize(sequences, 4);
        Thread.sleep(50);
        writer.enqueue(link(5));
        awaitSize(sequences, 5);
        writer.stop();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(sequences).containsExactly(1, 2, 3, 4, 5);
    }

    /** A closing mark writes nothing itself: what was queued before it leaves, then the close; nothing after it. */
    @Test
    void aClosingMarkClosesAfterWhatWasQueuedBeforeIt() throws Exception {
        writer.enqueue(link(1));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.enqueue(link(2));
        writer.enqueue(Outbound.closing("unbound"));
        writer.enqueue(link(3));
        transport.release.countDown();
        for (int i = 0; i < 1000 && events.closed.isEmpty(); i++) {
            Thread.sleep(10);
        }

        assertThat(events.closed).containsExactly("unbound");
        assertThat(events.sequenceNumbers).containsExactly(1, 2);
        assertThat(transport.writes).containsExactly(16, 16);
    }

    /**
     * No request follows unbind_resp on the wire: one queued behind it is reported not sent, while answers still
     * go (the peer may wait for them).
     */
    @Test
    void aRequestQueuedBehindUnbindRespIsNotSent() throws Exception {
        writer.enqueue(link(1));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.enqueue(new Outbound(UnbindResp.of(7, CommandStatus.ESME_ROK), 16, ""));
        writer.enqueue(link(2));
        writer.enqueue(new Outbound(EnquireLinkResp.of(9, CommandStatus.ESME_ROK), 16, ""));
        transport.release.countDown();
        awaitSize(events.sequenceNumbers, 3);

        assertThat(events.sequenceNumbers).containsExactly(1, 7, 9);
        assertThat(events.notSent).containsExactly(new EnquireLink(2));
        assertThat(transport.writes).containsExactly(16, 32);
    }

    /** Stopping hands back what no write has taken, so that its requests fail as not sent. */
    @Test
    void stopReturnsWhatNoWriteHasTaken() throws Exception {
        writer.enqueue(link(1));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.enqueue(link(2));
        writer.enqueue(link(3));

        List<Integer> dropped = new ArrayList<>();
        for (Outbound o = writer.stop(); o != null; o = o.next) {
            dropped.add(o.sequenceNumber());
        }
        transport.release.countDown();

        assertThat(dropped).containsExactly(3, 2);
        assertThat(writer.enqueue(link(4))).isFalse();
    }

    /** Senders racing on the queue: every PDU leaves once, and each sender's PDUs leave in its order. */
    @Test
    void concurrentSendersLoseNothingAndKeepTheirOrder() throws Exception {
        transport.release.countDown();
        int senders = 4;
        int each = 1000;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < senders; t++) {
            int base = (t + 1) * 100_000;
            threads.add(new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    writer.enqueue(link(base + i));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(10_000);
        }
        awaitSize(events.sequenceNumbers, senders * each);

        int[] next = new int[senders];
        for (int seq : events.sequenceNumbers) {
            int sender = seq / 100_000 - 1;
            assertThat(seq % 100_000).as("sender %d", sender).isEqualTo(next[sender]++);
        }
        assertThat(next).containsOnly(each);
    }

    private static Outbound link(int seq) {
        return new Outbound(new EnquireLink(seq), 16, "");
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        for (int i = 0; i < 1000 && list.size() < size; i++) {
            Thread.sleep(10);
        }
        assertThat(list).hasSize(size);
    }
}
