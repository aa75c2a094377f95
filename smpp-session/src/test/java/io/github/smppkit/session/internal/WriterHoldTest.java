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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the reader thread queues between {@code hold} and {@code flushHeld} does not wake the writer thread; from
 * {@code flushHeld} on it leaves in one write, in queue order: on the holding thread as far as the transport takes
 * it without blocking, the rest, or all of it when the transport cannot try, on the writer thread (a reader blocked
 * in a write would read nothing). {@code enqueueAndWrite} writes the same way from any thread. Other threads' PDUs
 * still wake the writer thread. The writer counts the octets of the responses queued and not written yet.
 */
class WriterHoldTest {

    private static final int FRAME = 16;
    private static final String WRITER_THREAD = "writer-hold-test";

    private static final SubmitSm LARGE = SubmitSm.builder().source(Address.of(1, 1, "1"))
            .destination(Address.of(1, 1, "2"))
            .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[60_000]))).build();
    private static final int LARGE_LENGTH = PduCodec.defaults().encodedLength(LARGE);

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

    @Test
    void heldPdusLeaveOnTheHoldingThreadWhenTheTransportTakesThemAtOnce() throws Exception {
        transport.tryRoom = Integer.MAX_VALUE;
        startParked();
        writer.hold();
        for (int seq = 1; seq <= 3; seq++) {
            writer.enqueue(answer(seq));
        }

        writer.flushHeld();

        assertThat(transport.writes).as("written by flushHeld itself").containsExactly(3 * FRAME);
        assertThat(transport.threads).containsExactly(Thread.currentThread().getName());
        assertThat(written).containsExactly(1, 2, 3);
        assertThat(writer.queuedResponseBytes()).isZero();
        assertThat(thread.getState()).as("writer thread not woken").isEqualTo(Thread.State.WAITING);
    }

    @Test
    void whatTheTransportDoesNotTakeAtOnceTheWriterThreadWritesInOrder() throws Exception {
        transport.tryRoom = FRAME + 4;
        startParked();
        writer.hold();
        for (int seq = 1; seq <= 3; seq++) {
            writer.enqueue(answer(seq));
        }

        writer.flushHeld();
        waitForWrites(2);
        waitFor(() -> written.size() == 3);

        assertThat(transport.writes).containsExactly(FRAME + 4, 2 * FRAME - 4);
        assertThat(transport.threads).containsExactly(Thread.currentThread().getName(), WRITER_THREAD);
        assertThat(written).containsExactly(1, 2, 3);
        waitFor(() -> writer.queuedResponseBytes() == 0);

        writer.enqueue(link(4, ""));
        waitForWrites(3);
        assertThat(transport.threads.get(2)).as("the writer thread let go of the write").isEqualTo(WRITER_THREAD);
        waitFor(() -> written.size() == 4);
        assertThat(written).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aHandedOverWriteOfMoreThanOneBatchLeavesWhole() throws Exception {
        transport.tryRoom = FRAME;
        startParked();
        writer.hold();
        // 300 KB: more than one write's worth (256 KB), so the hand-over leaves PDUs not encoded yet
        for (int seq = 1; seq <= 5; seq++) {
            writer.enqueue(new Outbound(LARGE.withSequenceNumber(seq), LARGE_LENGTH, ""));
        }

        writer.flushHeld();
        waitFor(() -> written.size() == 5);

        assertThat(written).containsExactly(1, 2, 3, 4, 5);
        assertThat(transport.writes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5 * LARGE_LENGTH);
        assertThat(transport.threads.subList(1, transport.threads.size())).containsOnly(WRITER_THREAD);
    }

    @Test
    void enqueueAndWriteWritesOnTheCallingThreadWhenNoWriteIsUnderWay() throws Exception {
        transport.tryRoom = Integer.MAX_VALUE;
        startParked();

        assertThat(writer.enqueueAndWrite(link(1, ""))).isTrue();

        assertThat(transport.threads).containsExactly(Thread.currentThread().getName());
        assertThat(written).containsExactly(1);
    }

    @Test
    void enqueueAndWriteLeavesThePduToAWriteUnderWay() throws Exception {
        transport.tryRoom = Integer.MAX_VALUE;
        transport.blockFirstWrite = true;
        thread.start();
        writer.enqueue(link(1, ""));
        assertThat(transport.firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(writer.enqueueAndWrite(link(2, ""))).isTrue();
        assertThat(transport.writes).as("not written past the blocked write").containsExactly(FRAME);

        transport.release.countDown();
        waitForWrites(2);
        assertThat(transport.threads).containsExactly(WRITER_THREAD, WRITER_THREAD);
        waitFor(() -> written.size() == 2);
        assertThat(written).containsExactly(1, 2);
    }

    @Test
    void aPduThatClosesWrittenOnTheCallingThreadReportsTheCloseAndNothingAfterIt() throws Exception {
        transport.tryRoom = Integer.MAX_VALUE;
        startParked();
        writer.hold();
        writer.enqueue(link(1, "peer unbound"));
        writer.enqueue(link(2, ""));

        writer.flushHeld();

        assertThat(written).containsExactly(1);
        assertThat(closed).containsExactly("peer unbound");
    }

    @Test
    void aFailedWriteOnTheCallingThreadIsReportedAsAConnectionFailure() throws Exception {
        transport.tryRoom = Integer.MAX_VALUE;
        transport.fail = true;
        startParked();

        writer.enqueueAndWrite(link(1, ""));

        assertThat(failed).singleElement().isInstanceOf(IOException.class);
        assertThat(written).isEmpty();
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
