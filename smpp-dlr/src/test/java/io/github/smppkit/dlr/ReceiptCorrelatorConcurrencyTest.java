package io.github.smppkit.dlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReceiptCorrelatorConcurrencyTest {

    private static final int THREADS = 4;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T12:00:00Z"));

    @Test
    void concurrentSubmitsAndReceiptsInAnyOrderMatchExactlyOnce() throws Exception {
        int messages = 20_000;
        RecordingListener<Integer> listener = new RecordingListener<>();
        ReceiptCorrelator<Integer> c = ReceiptCorrelator.<Integer>builder().clock(clock).listener(listener)
                .idPolicy(StandardIdPolicy.HEX_TO_DECIMAL).build();
        Map<Integer, AtomicInteger> matches = new ConcurrentHashMap<>();
        AtomicInteger heldFirst = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            int n = i;
            String scope = "acct-" + (i % 3);
            // submit_sm_resp gives hex, the receipt decimal; two accounts may reuse a number, scopes keep them apart.
            tasks.add(() -> c.submitted(scope, Integer.toHexString(n), n)
                    .ifPresent(m -> matches.computeIfAbsent(m.tracked(), k -> new AtomicInteger()).incrementAndGet()));
            tasks.add(() -> {
                ReceiptOutcome<Integer> outcome = c.received(scope,
                        DeliveryReceipt.builder().id(Integer.toString(n)).stat("DELIVRD").build());
                if (outcome instanceof ReceiptOutcome.Matched<Integer> m) {
                    matches.computeIfAbsent(m.match().tracked(), k -> new AtomicInteger()).incrementAndGet();
                } else if (outcome instanceof ReceiptOutcome.Held) {
                    heldFirst.incrementAndGet();
                }
            });
        }
        Collections.shuffle(tasks, new Random(42));

        runConcurrently(tasks);

        assertThat(matches).hasSize(messages);
        assertThat(matches.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(heldFirst.get()).isPositive();
        assertThat(c.pendingSubmissions()).isZero();
        assertThat(c.heldReceipts()).isZero();
        assertThat(listener.submissions).isEmpty();
        assertThat(listener.receipts).isEmpty();
    }

    @Test
    void racingIntermediateReceiptsAreEachDeliveredIgnoredReplacedOrHeldOnceAndNeverSettle() throws Exception {
        int messages = 20_000;
        RecordingListener<Integer> listener = new RecordingListener<>();
        ReceiptCorrelator<Integer> c = ReceiptCorrelator.<Integer>builder().clock(clock).listener(listener).build();
        Map<Integer, AtomicInteger> finals = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> intermediates = new ConcurrentHashMap<>();
        AtomicInteger viaSubmitted = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            String id = Integer.toString(i);
            tasks.add(() -> c.submitted("acct", id, Integer.valueOf(id)).ifPresent(m -> {
                if (m.isFinal()) {
                    count(finals, m.tracked());
                } else {
                    viaSubmitted.incrementAndGet();
                    count(intermediates, m.tracked());
                }
            }));
            tasks.add(() -> {
                ReceiptOutcome<Integer> o = c.received("acct",
                        DeliveryReceipt.builder().id(id).stat("ENROUTE").build());
                if (o instanceof ReceiptOutcome.Matched<Integer> m) {
                    assertThat(m.match().isFinal()).isFalse();
                    count(intermediates, m.match().tracked());
                } else if (o instanceof ReceiptOutcome.Ignored) {
                    count(intermediates, Integer.valueOf(id));
                }
            });
            tasks.add(() -> {
                ReceiptOutcome<Integer> o = c.received("acct",
                        DeliveryReceipt.builder().id(id).stat("DELIVRD").build());
                if (o instanceof ReceiptOutcome.Matched<Integer> m) {
                    count(finals, m.match().tracked());
                }
            });
        }
        Collections.shuffle(tasks, new Random(7));

        runConcurrently(tasks);

        // A held intermediate that no submission took was replaced by its final receipt, or is still held
        // (it came after the final one had settled the message).
        listener.receipts.forEach(r -> {
            assertThat(r.cause()).isEqualTo(RemovalCause.REPLACED);
            assertThat(r.entry().receipt().isFinal()).isFalse();
            count(intermediates, Integer.valueOf(r.entry().receipt().id()));
        });
        assertThat(finals).hasSize(messages);
        assertThat(finals.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(intermediates.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(intermediates.size() + c.heldReceipts()).isEqualTo(messages);
        assertThat(viaSubmitted.get()).isPositive();
        assertThat(c.pendingSubmissions()).isZero();
        assertThat(listener.submissions).isEmpty();
    }

    private static void count(Map<Integer, AtomicInteger> counts, Integer message) {
        counts.computeIfAbsent(message, k -> new AtomicInteger()).incrementAndGet();
    }

    @Test
    void aFloodOfUnmatchedReceiptsStaysWithinTheBoundAndReportsEvictions() throws Exception {
        int bound = 1_000;
        int flood = 20_000;
        RecordingListener<String> listener = new RecordingListener<>();
        ReceiptCorrelator<String> c = ReceiptCorrelator.<String>builder().clock(clock).listener(listener)
                .maxHeldReceipts(bound).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger maxSeen = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                maxSeen.accumulateAndGet(c.heldReceipts(), Math::max);
                Thread.yield();
            }
        });
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < flood; i++) {
            String id = "unknown-" + i;
            tasks.add(() -> {
                c.received("acct", DeliveryReceipt.builder().id(id).stat("DELIVRD").build());
                maxSeen.accumulateAndGet(c.heldReceipts(), Math::max);
            });
        }

        sampler.start();
        runConcurrently(tasks);
        running.set(false);
        sampler.join();

        assertThat(maxSeen.get()).isLessThanOrEqualTo(bound);
        assertThat(c.heldReceipts()).isEqualTo(bound);
        assertThat(listener.receipts).hasSize(flood - bound)
                .allSatisfy(r -> assertThat(r.cause()).isEqualTo(RemovalCause.EVICTED));
    }

    private static void runConcurrently(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            int slice = (tasks.size() + THREADS - 1) / THREADS;
            for (int t = 0; t < THREADS; t++) {
                List<Runnable> mine = tasks.subList(Math.min(tasks.size(), t * slice),
                        Math.min(tasks.size(), (t + 1) * slice));
                futures.add(pool.submit(() -> {
                    start.await();
                    mine.forEach(Runnable::run);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
