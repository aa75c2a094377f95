package io.github.smppkit.it.robustness.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Soak (issue 10, profile {@code soak} only): 1,000,000 submit_sm from clients to a server, in rounds of
 * 100,000 over a fresh client session each. Every message is answered OK, and the heap after a full GC and the
 * live thread count after the last round are where they were after the warm-up round, within a tolerance.
 */
class MillionMessagesSoak {

    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 100_000;
    private static final long HEAP_TOLERANCE = 32L << 20;
    private static final int THREAD_TOLERANCE = 2;

    @Test
    void heapAndThreadsAreFlatAfterAMillionMessages() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().build())) {
            round(server, 50_000);
            long heapBefore = settledHeap();
            int threadsBefore = settledThreads(Integer.MAX_VALUE);
            long ok = 0;
            for (int r = 0; r < ROUNDS; r++) {
                ok += round(server, PER_ROUND);
            }
            assertThat(ok).isEqualTo((long) ROUNDS * PER_ROUND);
            int threadsAfter = settledThreads(threadsBefore);
            long heapAfter = settledHeap();
            System.out.printf("soak: %d messages; heap %d -> %d KiB; threads %d -> %d%n", ok, heapBefore >> 10,
                    heapAfter >> 10, threadsBefore, threadsAfter);
            assertThat(server.sessions()).isEmpty();
            assertThat(threadsAfter).isLessThanOrEqualTo(threadsBefore + THREAD_TOLERANCE);
            assertThat(heapAfter).isLessThanOrEqualTo(heapBefore + HEAP_TOLERANCE);
        }
    }

    /** Sends {@code n} messages over a new session, waits for every answer, unbinds; returns the OK count. */
    private static long round(SmppServer server, int n) throws Exception {
        AtomicLong ok = new AtomicLong();
        Semaphore outstanding = new Semaphore(1024);
        try (SmppSession s = SmppClient.connect(SmppClient.builder().host("127.0.0.1")
                .port(server.localAddress().getPort()).systemId("soak").password("pw")
                .bindType(BindType.TRANSCEIVER).windowSize(64).build())) {
            SubmitSm submit = SubmitSm.builder().source(Address.of(1, 1, "447700900123"))
                    .destination(Address.of(1, 1, "447700900456"))
                    .shortMessage(Bytes.of("soak message".getBytes(StandardCharsets.US_ASCII))).build();
            for (int i = 0; i < n; i++) {
                outstanding.acquire();
                CompletableFuture<SubmitSmResp> f = s.sendAsync(submit);
                f.whenComplete((r, e) -> {
                    if (r != null && r.status().isOk()) {
                        ok.incrementAndGet();
                    }
                    outstanding.release();
                });
            }
            assertThat(outstanding.tryAcquire(1024, 60, TimeUnit.SECONDS)).as("every answer came").isTrue();
            s.unbind();
        }
        return ok.get();
    }

    private static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Waits (bounded) for closed sessions' threads to end; returns the live thread count. */
    private static int settledThreads(int target) throws InterruptedException {
        int n = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < 50 && n > target; i++) {
            Thread.sleep(100);
            n = ManagementFactory.getThreadMXBean().getThreadCount();
        }
        Thread.sleep(500);
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
