package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the reader thread queues between {@code hold} and {@code flushHeld} leaves in one write on the reader
 * thread, or after the writer thread's write in progress, always in queue order; other threads' PDUs still wake
 * the writer thread.
 */
class WriterHoldTest {

    private static final int FRAME = 16;

    private final RecordingTransport transport = new RecordingTransport();
    private final RecordingEvents events = new RecordingEvents();
    private final List<Integer> written = events.sequenceNumbers;
    private final List<String> closed = events.closed;
    private final List<Exception> failed = events.failed;
    private final Writer writer = new Writer(transport, PduCodec.defaults(), events);

    @Test
    void heldPdusLeaveInOneWriteOnTheHoldingThread() {
        writer.hold();
        for (int seq = 1; seq <= 3; seq++) {
            assertThat(writer.enqueue(link(seq, ""))).isTrue();
        }
        assertThat(transport.writes).isEmpty();

        writer.flushHeld();

        assertThat(transport.writes).containsExactly(3 * FRAME);
        assertThat(transport.threads).containsExactly(Thread.currentThread().getName());
        assertThat(written).containsExactly(1, 2, 3);
    }

    @Test
    void otherThreadsPdusStillWakeTheWriterThreadDuringAHold() throws Exception {
        Thread thread = new Thread(writer, "writer-hold-test");
        thread.start();
        try {
            writer.hold();
            Thread other = new Thread(() -> writer.enqueue(link(7, "")));
            other.start();
            other.join(10_000);
            waitForWrites(1);
            assertThat(transport.threads).containsExactly("writer-hold-test");
            writer.flushHeld();
            assertThat(transport.writes).hasSize(1);
        } finally {
            writer.stop();
            thread.join(10_000);
        }
    }

    @Test
    void heldPdusFollowTheWriterThreadsWriteInProgress() throws Exception {
        transport.blockFirstWrite = true;
        Thread thread = new Thread(writer, "writer-hold-test");
        thread.start();
        try {
            writer.enqueue(link(1, ""));
            assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
            writer.hold();
            writer.enqueue(link(2, ""));
            writer.enqueue(link(3, ""));
            writer.flushHeld();
            assertThat(transport.writes).containsExactly(FRAME);
            transport.release.countDown();
            waitForWrites(2);
        } finally {
            writer.stop();
            thread.join(10_000);
        }
        assertThat(transport.writes).containsExactly(FRAME, 2 * FRAME);
        assertThat(transport.threads).containsOnly("writer-hold-test");
        assertThat(written).containsExactly(1, 2, 3);
    }

    @Test
    void aHeldPduThatClosesReportsTheCloseOnTheHoldingThread() {
        writer.hold();
        writer.enqueue(link(1, "peer unbound"));
        writer.enqueue(link(2, ""));

        writer.flushHeld();

        assertThat(written).containsExactly(1);
        assertThat(closed).containsExactly("peer unbound");
    }

    @Test
    void aFailedHeldWriteIsReportedAsAConnectionFailure() {
        transport.fail = true;
        writer.hold();
        writer.enqueue(link(1, ""));

        writer.flushHeld();

        assertThat(failed).singleElement().isInstanceOf(IOException.class);
        assertThat(written).isEmpty();
    }

    private static Outbound link(int seq, String closeReason) {
        return new Outbound(new EnquireLink(seq), FRAME, closeReason);
    }

    private void waitForWrites(int n) throws InterruptedException {
        for (int i = 0; i < 1000 && transport.writes.size() < n; i++) {
            Thread.sleep(10);
        }
    }
}
