package io.github.smppkit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.providers.ProviderProfile;
import io.github.smppkit.providers.Providers;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SimulatorStats;
import io.github.smppkit.simulator.SmppSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three nodes bound to one simulator account emulating 8x8 (receipts to any bind of the system_id, 4 binds per
 * account) send 10,000 messages through Redis-backed receipts, leases and rate; one node is killed and Redis is
 * stopped and restarted mid-run.
 */
class ClusterEndToEndTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final int TOTAL = 10_000;
    private static final double ACCOUNT_RATE = 1_000;

    @Test
    void threeNodesTenThousandMessagesEveryReceiptMatchedOnceThroughAKillAndARedisRestart() throws Exception {
        ProviderProfile profile = Providers.byName("8x8").orElseThrow();
        AtomicLong firstSubmit = new AtomicLong();
        AtomicLong lastSubmit = new AtomicLong();
        AtomicInteger submitsSeen = new AtomicInteger();
        List<Integer> bindIds = new CopyOnWriteArrayList<>();
        ConcurrentHashMap<String, Integer> receiptBind = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> matches = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, String> matchedBy = new ConcurrentHashMap<>();
        List<ClusterNode> nodes = new ArrayList<>();
        // Per bind the simulator allows the whole account rate, so any throttling it reports would mean the
        // nodes together went over the account rate in some bind's second.
        try (SmppSimulator smsc = SmppSimulator.builder().provider(profile).credential(ClusterNode.SYSTEM_ID, "secret")
                .ratePerSecond((int) ACCOUNT_RATE).receiptDelay(Duration.ofMillis(300)).listener(e -> {
                    if (e instanceof SimulatorEvent.SubmitReceived) {
                        long now = System.nanoTime();
                        firstSubmit.compareAndSet(0, now);
                        lastSubmit.set(now);
                        submitsSeen.incrementAndGet();
                    } else if (e instanceof SimulatorEvent.Bound) {
                        bindIds.add(((SimulatorEvent.Bound) e).bindId());
                    } else if (e instanceof SimulatorEvent.ReceiptSent) {
                        SimulatorEvent.ReceiptSent r = (SimulatorEvent.ReceiptSent) e;
                        receiptBind.put(r.messageId(), r.bindId());
                    }
                }).start()) {
            for (int i = 0; i < 3; i++) {
                nodes.add(new ClusterNode("node" + i, REDIS.uri(), profile, smsc.port(), ACCOUNT_RATE, matches,
                        matchedBy));
            }
            ClusterNode victim = nodes.get(1);
            // Nodes bind one after the other, so the second bind is the victim's.
            int victimBind = bindIds.get(1);
            Supplier<Long> lostOnTheWire = () -> receiptBind.entrySet().stream()
                    .filter(e -> e.getValue() == victimBind && !victim.receiptsStored.contains(e.getKey())).count();
            List<ClusterNode> survivors = List.of(nodes.get(0), nodes.get(2));
            assertThat(victim.leases.heldInCluster(ClusterNode.SYSTEM_ID)).isEqualTo(3);
            AtomicInteger next = new AtomicInteger();
            List<Thread> senders = new ArrayList<>();
            nodes.forEach(n -> senders.add(n.startSending(next, TOTAL)));

            // Kill one node mid-run, once what it sent is recorded (a crash loses unrecorded responses anyway).
            await(() -> next.get() >= 3_000, "3,000 messages taken");
            victim.stopSending();
            assertThat(victim.awaitIdle(Duration.ofSeconds(30))).isTrue();
            int victimSent = victim.sent.get();
            victim.crash();
            await(() -> survivors.get(0).leases.heldInCluster(ClusterNode.SYSTEM_ID) == 2,
                    "the dead node's lease to expire");

            // Stop Redis mid-run (keeping its data, as a restart of a persistent Redis does), send on, restart.
            await(() -> next.get() >= 6_000, "6,000 messages taken");
            REDIS.stop(true);
            int beforeOutage = survivors.get(0).sent.get() + survivors.get(1).sent.get();
            await(() -> survivors.get(0).sent.get() + survivors.get(1).sent.get() >= beforeOutage + 500,
                    "500 messages sent while Redis is down");
            REDIS.start();

            for (Thread t : senders) {
                t.join(TimeUnit.MINUTES.toMillis(2));
            }
            await(() -> {
                survivors.forEach(ClusterNode::drainRetries);
                return matches.size() + lostOnTheWire.get() >= TOTAL && survivors.stream().allMatch(n -> n.pendingRetries() == 0
                        && n.inFlight.get() == 0);
            }, () -> "every receipt to be matched: " + matches.size() + " matched, " + lostOnTheWire.get()
                    + " lost to the victim; " + describe(nodes) + "; " + smsc.stats() + "; unmatched: "
                    + unmatched(nodes, matches, receiptBind));

            SimulatorStats stats = smsc.stats();
            assertThat(nodes).allSatisfy(n -> assertThat(n.failed.get()).isZero());
            assertThat(nodes).allSatisfy(n -> assertThat(n.unexpected).isEmpty());
            assertThat(nodes.stream().mapToInt(n -> n.sent.get()).sum()).isEqualTo(TOTAL);
            assertThat(stats.submits()).isEqualTo(TOTAL);
            // a receipt the dying bind never acknowledged is sent again, to a survivor
            assertThat(stats.receiptsSent()).isGreaterThanOrEqualTo(TOTAL);
            assertThat(stats.bindsRejected()).isZero();
            assertThat(stats.throttled()).isZero();
            // Every receipt matched exactly once, whichever node it landed on; except those the victim's socket took
            // as it died (acknowledged, then lost with the node), which no SMSC can know to send again.
            assertThat(matches.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            long lost = lostOnTheWire.get();
            assertThat(lost).isLessThanOrEqualTo(50);
            assertThat(matches.size() + lost).isEqualTo(TOTAL);
            for (ClusterNode n : nodes) {
                n.messageIds.forEach((tracked, id) -> {
                    if (!matches.containsKey(tracked)) {
                        assertThat(receiptBind.get(id)).as("unmatched %s", tracked).isEqualTo(victimBind);
                        assertThat(victim.receiptsStored).doesNotContain(id);
                    }
                });
            }
            long deadNodesMatchedBySurvivors = matchedBy.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("node1:") && !e.getValue().equals("node1")).count();
            assertThat(victimSent).isPositive();
            assertThat(deadNodesMatchedBySurvivors).isPositive();
            // The outage was noticed: store calls failed (and were retried), the limiters counted locally.
            assertThat(survivors.stream().mapToInt(n -> n.storeErrors.get()).sum()).isPositive();
            assertThat(survivors).anyMatch(n -> n.sawDegraded.get());
            assertThat(survivors).noneMatch(n -> n.limiter.isDegraded());
            assertAggregateRate(submitsSeen.get(), firstSubmit.get(), lastSubmit.get());
        } finally {
            nodes.forEach(ClusterNode::close);
        }
    }

    /**
     * From the simulator's side: no more than the shared bucket's burst plus the rate over the observed span, plus
     * the local buckets' bursts (a third of the rate each) that the outage switched to.
     */
    private static void assertAggregateRate(int submits, long firstNanos, long lastNanos) {
        double seconds = (lastNanos - firstNanos) / 1e9;
        double allowed = 100 + ACCOUNT_RATE * seconds + 3 * (ACCOUNT_RATE / 3);
        assertThat((double) submits).isLessThanOrEqualTo(allowed);
    }

    private static String describe(List<ClusterNode> nodes) {
        StringBuilder sb = new StringBuilder();
        for (ClusterNode n : nodes) {
            sb.append(n.name).append("[sent=").append(n.sent).append(", failed=").append(n.failed)
                    .append(", inFlight=").append(n.inFlight).append(", retries=").append(n.pendingRetries())
                    .append(", storeErrors=").append(n.storeErrors).append(", unexpected=").append(n.unexpected)
                    .append("] ");
        }
        return sb.toString().strip();
    }

    private static String unmatched(List<ClusterNode> nodes, ConcurrentHashMap<String, AtomicInteger> matches,
            ConcurrentHashMap<String, Integer> receiptBind) {
        List<String> out = new ArrayList<>();
        for (ClusterNode n : nodes) {
            n.messageIds.forEach((tracked, id) -> {
                if (!matches.containsKey(tracked) && out.size() < 10) {
                    StringBuilder sb = new StringBuilder(tracked + "=" + id + "@bind" + receiptBind.get(id));
                    nodes.stream().filter(o -> o.receiptsStored.contains(id)).forEach(o -> sb.append(" stored@")
                            .append(o.name));
                    out.add(sb.toString());
                }
            });
        }
        return out.toString();
    }

    /** Waits for a condition; the bound is a hang guard, not a timing check. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, () -> what);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what.get());
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
