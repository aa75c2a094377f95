package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the reader thread queues between {@code hold} and {@code flushHeld} does not wake the writer thread; from
 * {@code flushHeld} on it leaves in one write of the writer thread, never of the holding thread (a reader blocked in
 * a write would read nothing), in queue order; other threads' PDUs still wake the writer thread. The writer counts
 * the octets of the responses queued and not written yet.
 */
class WriterHoldTest {

    private static final int FRAME = 16;
    private static final String WRITER_THREAD = "writer-hold-test";

    private final RecordingTransport transport = new RecordingTransport();
    private final RecordingEvents events = new RecordingEvents();
    private final List<Integer> written = events.sequenceNumbers;
    private final List<String> closed = events.closed;
    private final List<Exception> failed = events.failed;
    private final Writer writer = new Writer(transport, PduCodec.defaults(), events);
    private final Thread thread = new Thread(writer, WRITER_THREAD);

    @AfterEach
    void stop() throws InterruptedException {
        writer.stop();
        thread.join(10_000);
    }

    @Test
    void heldPdusWaitForFlushHeldAndLeaveInOneWriteOfTheWriterThread() throws Exception {
        startParked();
        writer.hold();
        for (int seq = 1; seq <= 3; seq++) {
            assertThat(writer.enqueue(link(seq, ""))).isTrue();
        }
        Thread.sleep(100);
        assertThat(transport.writes).as("written before flushHeld").isEmpty();

        writer.flushHeld();
        waitForWrites(1);

        assertThat(transport.writes).containsExactly(3 * FRAME);
        assertThat(transport.threads).containsExactly(WRITER_THREAD);
        assertThat(written).containsExactly(1, 2, 3);
    }

    @Test
    void otherThreadsPdusStillWakeTheWriterThreadDuringAHold() throws Exception {
        startParked();
        writer.hold();
        Thread other = new Thread(() -> writer.enqueue(link(7, "")));
        other.start();
        other.join(10_000);
        waitForWrites(1);
        assertThat(transport.threads).containsExactly(WRITER_THREAD);
        writer.flushHeld();
        assertThat(transport.writes).hasSize(1);
    }

    @Test
    void heldPdusFollowTheWriterThreadsWriteInProgress() throws Exception {
        transport.blockFirstWrite = true;
        thread.start();
        writer.enqueue(link(1, ""));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.hold();
        writer.enqueue(link(2, ""));
        writer.enqueue(link(3, ""));
        writer.flushHeld();
        assertThat(transport.writes).containsExactly(FRAME);
        transport.release.countDown();
        waitForWrites(2);

        assertThat(transport.writes).containsExactly(FRAME, 2 * FRAME);
        assertThat(transport.threads).containsOnly(WRITER_THREAD);
        assertThat(written).containsExactly(1, 2, 3);
    }

    @Test
    void aHeldPduThatClosesReportsTheCloseAndNothingAfterIt() throws Exception {
        startParked();
        writer.hold();
        writer.enqueue(link(1, "peer unbound"));
        writer.enqueue(link(2, ""));

        writer.flushHeld();
        waitFor(() -> !closed.isEmpty());

        assertThat(written).containsExactly(1);
        assertThat(closed).containsExactly("peer unbound");
    }

    @Test
    void aFailedHeldWriteIsReportedAsAConnectionFailure() throws Exception {
        transport.fail = true;
        startParked();
        writer.hold();
        writer.enqueue(link(1, ""));

        writer.flushHeld();
        waitFor(() -> !failed.isEmpty());

        assertThat(failed).singleElement().isInstanceOf(IOException.class);
        assertThat(written).isEmpty();
    }

    @Test
    void queuedResponseOctetsCountUntilTheirWriteCompletes() throws Exception {
        transport.blockFirstWrite = true;
        thread.start();
        writer.enqueue(answer(1));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        writer.enqueue(link(2, ""));
        writer.enqueue(answer(3));
        assertThat(writer.queuedResponseBytes()).as("one in a blocked write, one queued; requests not counted")
                .isEqualTo(2 * FRAME);

        transport.release.countDown();
        waitForWrites(2);
        waitFor(() -> writer.queuedResponseBytes() == 0);

        assertThat(writer.queuedResponseBytes()).isZero();
    }

    /** Starts the writer thread and returns once it has parked with nothing queued. */
    private void startParked() {
        thread.start();
        waitFor(() -> thread.getState() == Thread.State.WAITING);
    }

    private static Outbound link(int seq, String closeReason) {
        return new Outbound(new EnquireLink(seq), FRAME, closeReason);
    }

    private static Outbound answer(int seq) {
        return new Outbound(EnquireLinkResp.of(seq, CommandStatus.ESME_ROK), FRAME, "");
    }

    private void waitForWrites(int n) {
        waitFor(() -> transport.writes.size() >= n);
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
