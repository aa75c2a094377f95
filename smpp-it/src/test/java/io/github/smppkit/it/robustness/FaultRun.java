package io.github.smppkit.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.ReconnectPolicy;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Level;

/**
 * One fault-injection run (issue 10): {@code n} submit_sm from a reconnecting client through a {@link FaultProxy}
 * to a server that accepts each message with a fresh message id (and rejects every 97th with a status). At the
 * end every message has exactly one outcome on the client (accepted, rejected with a status, or failed with an
 * exception), the counts add up to {@code n}, every id the client holds was issued by the server for that very
 * message, no id is held twice, and every message the server accepted but the client does not hold as accepted
 * is one the client reported failed (its answer was lost with the link; SMPP has no idempotency).
 */
public final class FaultRun {

    /** Every 97th message is rejected by the server with this status. */
    public static final CommandStatus REJECT = CommandStatus.ESME_RX_R_APPN;

    private FaultRun() {
    }

    /**
     * Runs and checks.
     *
     * @param n messages
     * @param seed fault seed
     * @param rate fault probability per forwarded chunk
     * @return a one-line summary
     * @throws Exception on setup failures
     */
    public static String run(int n, long seed, double rate) throws Exception {
        WatchedThreads threads = new WatchedThreads("faults");
        ConcurrentMap<String, Integer> issued = new ConcurrentHashMap<>();
        AtomicInteger nextId = new AtomicInteger();
        try (CapturedLogs logs = CapturedLogs.capture(Level.WARNING);
                SmppServer server = SmppServer.start(SmppServer.builder().threadFactory(threads)
                        .maxBindsPerSystemId(1000).requestHandler((session, request) -> {
                            if (!(request instanceof SubmitSm)) {
                                return HandlerResult.defaultAnswer();
                            }
                            int index = index((SubmitSm) request);
                            if (index < 0 || index % 97 == 0) {
                                return HandlerResult.answer(((SubmitSm) request).response(REJECT));
                            }
                            String id = "S" + nextId.incrementAndGet();
                            issued.put(id, index);
                            return HandlerResult.answer(new SubmitSmResp(0, CommandStatus.ESME_ROK, id, Tlvs.empty()));
                        }).build());
                FaultProxy proxy = new FaultProxy(server.localAddress(), seed, rate)) {
            Outcomes outcomes = new Outcomes(n);
            try (SmppSession client = connect(proxy.port(), threads)) {
                List<CompletableFuture<SubmitSmResp>> all = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int index = i;
                    CompletableFuture<SubmitSmResp> f = client.sendAsync(submit(i));
                    f.whenComplete((r, e) -> outcomes.record(index, r, e));
                    all.add(f);
                }
                CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null)
                        .get(180, TimeUnit.SECONDS);
                String summary = outcomes.check(issued, proxy);
                client.unbind();
                try (SmppSession direct = SmppClient.connect(config(server.localAddress().getPort(), threads)
                        .reconnect(ReconnectPolicy.disabled()).build())) {
                    assertThat(direct.send(submit(1)).status()).as("server still serves")
                            .isEqualTo(CommandStatus.ESME_ROK);
                }
                assertThat(threads.uncaught()).as("uncaught exceptions").isEmpty();
                assertThat(logs.severe()).as("errors logged").isEmpty();
                return summary;
            }
        }
    }

    private static SmppSession connect(int port, WatchedThreads threads) throws InterruptedException {
        SmppException last = null;
        for (int i = 0; i < 20; i++) {
            try {
                return SmppClient.connect(config(port, threads).build());
            } catch (SmppException e) {
                last = e;
                Thread.sleep(50);
            }
        }
        throw last;
    }

    private static ClientConfig.Builder config(int port, WatchedThreads threads) {
        return SmppClient.builder().host("127.0.0.1").port(port).systemId("faults").password("pw")
                .bindType(BindType.TRANSCEIVER).threadFactory(threads).windowSize(32)
                .responseTimeout(Duration.ofSeconds(1)).bindTimeout(Duration.ofSeconds(1))
                .connectTimeout(Duration.ofSeconds(1))
                .reconnect(new ReconnectPolicy(true, Duration.ofMillis(5), Duration.ofMillis(100), 2.0, 0.2));
    }

    private static SubmitSm submit(int index) {
        return SubmitSm.builder().source(Address.of(1, 1, "447700900123")).destination(Address.of(1, 1, "4477009"))
                .shortMessage(Bytes.of(("m" + index).getBytes(StandardCharsets.US_ASCII))).build();
    }

    private static int index(SubmitSm sm) {
        String text = new String(sm.shortMessage().toByteArray(), StandardCharsets.US_ASCII);
        if (text.length() < 2 || text.length() > 10 || text.charAt(0) != 'm' || !text.substring(1).chars()
                .allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(text.substring(1));
    }

    /** What the client saw per message. */
    private static final class Outcomes {
        private final int n;
        private final AtomicIntegerArray completions;
        private final AtomicReferenceArray<String> acceptedId;
        private final AtomicIntegerArray status;
        private final AtomicIntegerArray failed;
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();

        Outcomes(int n) {
            this.n = n;
            completions = new AtomicIntegerArray(n);
            acceptedId = new AtomicReferenceArray<>(n);
            status = new AtomicIntegerArray(n);
            failed = new AtomicIntegerArray(n);
        }

        void record(int i, SubmitSmResp r, Throwable e) {
            completions.incrementAndGet(i);
            if (r == null) {
                failed.set(i, 1);
                Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
                failures.merge(cause.getClass().getSimpleName(), 1, Integer::sum);
            } else if (r.status().isOk()) {
                acceptedId.set(i, r.messageId());
            } else {
                status.set(i, r.status().code());
            }
        }

        String check(Map<String, Integer> issued, FaultProxy proxy) {
            int accepted = 0;
            int rejected = 0;
            int lost = 0;
            Set<String> ids = new HashSet<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                assertThat(completions.get(i)).as("completions of message %d", i).isEqualTo(1);
                String id = acceptedId.get(i);
                if (id != null) {
                    accepted++;
                    assertThat(issued.get(id)).as("server issued %s for message %d", id, i).isEqualTo(i);
                    assertThat(ids.add(id)).as("id %s held once", id).isTrue();
                } else if (failed.get(i) == 1) {
                    lost++;
                } else {
                    rejected++;
                    assertThat(status.get(i)).as("rejection status of message %d", i).isNotZero();
                    statuses.merge(status.get(i), 1, Integer::sum);
                }
            }
            assertThat(accepted + rejected + lost).isEqualTo(n);
            int serverOnly = 0;
            Set<Integer> serverIndexes = new HashSet<>(issued.values());
            for (int i : serverIndexes) {
                if (acceptedId.get(i) == null) {
                    assertThat(failed.get(i)).as("message %d accepted by the server but reported %s", i,
                            "rejected with 0x" + Integer.toHexString(status.get(i))).isEqualTo(1);
                    serverOnly++;
                }
            }
            assertThat(accepted).as("progress").isGreaterThan(n / 2);
            for (Map.Entry<FaultProxy.Fault, Long> e : proxy.faults().entrySet()) {
                assertThat(e.getValue()).as("fault %s injected", e.getKey()).isPositive();
            }
            return String.format("%d messages: %d accepted, %d rejected %s, %d failed %s; server: %d ids issued"
                    + " (%d for messages the client saw fail, %d duplicates); faults %s over %d connections", n,
                    accepted, rejected, statuses, lost, failures, issued.size(), serverOnly,
                    issued.size() - serverIndexes.size(), proxy.faults(), proxy.connections());
        }
    }
}
