package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observer and the JFR events see binds, PDUs, latencies, a full window and throttling; never a password. */
class ObservabilityTest {

    private static final class Counting implements SessionObserver {
        final AtomicInteger bound = new AtomicInteger();
        final AtomicInteger unbound = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger received = new AtomicInteger();
        final AtomicInteger latencies = new AtomicInteger();
        final AtomicInteger windowFull = new AtomicInteger();
        final List<CommandStatus> throttled = new CopyOnWriteArrayList<>();
        final List<String> closed = new CopyOnWriteArrayList<>();

        @Override
        public void bound(SmppSession session) {
            bound.incrementAndGet();
        }

        @Override
        public void unbound(SmppSession session) {
            unbound.incrementAndGet();
        }

        @Override
        public void closed(SmppSession session, String reason) {
            closed.add(reason);
        }

        @Override
        public void pduSent(SmppSession session, Pdu pdu) {
            if (pdu.commandId() == CommandId.SUBMIT_SM) {
                sent.incrementAndGet();
            }
        }

        @Override
        public void pduReceived(SmppSession session, Pdu pdu) {
            if (pdu.commandId() == CommandId.SUBMIT_SM_RESP) {
                received.incrementAndGet();
            }
        }

        @Override
        public void responseLatency(SmppSession session, CommandId command, CommandStatus status, Duration latency) {
            if (command == CommandId.SUBMIT_SM) {
                assertThat(latency.isNegative()).isFalse();
                latencies.incrementAndGet();
            }
        }

        @Override
        public void windowFull(SmppSession session) {
            windowFull.incrementAndGet();
        }

        @Override
        public void throttled(SmppSession session, CommandStatus status, Duration backoff) {
            throttled.add(status);
        }
    }

    @Test
    void observerAndJfrSeeTheSession(@TempDir Path dir) throws Exception {
        AtomicInteger n = new AtomicInteger();
        // Every fifth submit is throttled by the SMSC.
        RequestHandler handler = (session, request) -> HandlerResult.answer(n.incrementAndGet() % 5 == 0
                ? SubmitSmResp.of(0, CommandStatus.ESME_RTHROTTLED) : SubmitSmResp.ok(0, "id"));
        Counting observer = new Counting();
        Path file = dir.resolve("smpp.jfr");
        int messages = 50;
        try (Recording recording = new Recording()) {
            recording.enable("io.github.smppkit.Bind");
            recording.enable("io.github.smppkit.Pdu");
            recording.enable("io.github.smppkit.ResponseLatency");
            recording.enable("io.github.smppkit.Throttled");
            recording.enable("io.github.smppkit.Unbind");
            recording.enable("io.github.smppkit.WindowFull");
            recording.start();
            try (SmppServer server = SmppServer.start(SmppServer.builder().requestHandler(handler)
                    .authenticator(BindAuthenticator.of("esme", "secret")).build());
                    SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER).windowSize(1)
                            .sessionObserver(observer).build())) {
                List<CompletableFuture<SubmitSmResp>> futures = new ArrayList<>();
                for (int i = 0; i < messages; i++) {
                    futures.add(s.sendAsync(Fixtures.submit("m" + i)));
                }
                for (CompletableFuture<SubmitSmResp> f : futures) {
                    f.join();
                }
                s.unbind();
            }
            recording.stop();
            recording.dump(file);
        }
        assertThat(observer.bound).hasValue(1);
        assertThat(observer.unbound).hasValue(1);
        assertThat(observer.sent).hasValue(messages);
        assertThat(observer.received).hasValue(messages);
        assertThat(observer.latencies).hasValue(messages);
        assertThat(observer.windowFull.get()).isPositive();
        assertThat(observer.throttled).hasSize(messages / 5).containsOnly(CommandStatus.ESME_RTHROTTLED);
        assertThat(observer.closed).containsExactly("unbound");

        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        assertThat(events).extracting(e -> e.getEventType().getName()).contains("io.github.smppkit.Bind",
                "io.github.smppkit.Pdu", "io.github.smppkit.ResponseLatency", "io.github.smppkit.Throttled",
                "io.github.smppkit.Unbind");
        // client and server share this JVM: only the client sends submit_sm, only the server receives it
        assertThat(submitSmEvents(events, true)).isEqualTo(messages);
        assertThat(submitSmEvents(events, false)).isEqualTo(messages);
        // 50 sends from one thread into a window of 1: sends find it full while an answer is outstanding
        assertThat(events).filteredOn(e -> e.getEventType().getName().equals("io.github.smppkit.WindowFull"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getInt("windowSize")).isEqualTo(1));
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().startsWith("io.github.smppkit")) {
                assertThat(e.toString()).doesNotContain("secret");
            }
        }
    }

    private static long submitSmEvents(List<RecordedEvent> events, boolean outbound) {
        return events.stream().filter(e -> e.getEventType().getName().equals("io.github.smppkit.Pdu")
                && e.getString("command").equals("submit_sm") && e.getBoolean("outbound") == outbound).count();
    }

    @Test
    void trySendReportsBackPressureWithoutWaiting() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> RawPeer.answerBind(p, pdu, true));
                SmppSession s = SmppClient.connect(peer.client().windowSize(1).build())) {
            List<Object> outcomes = new CopyOnWriteArrayList<>();
            assertThat(s.trySend(Fixtures.submit("a"), (r, e) -> outcomes.add(e))).isEqualTo(SendStatus.SENT);
            assertThat(s.trySend(Fixtures.submit("b"), (r, e) -> outcomes.add(e))).isEqualTo(SendStatus.WINDOW_FULL);
            s.close();
            assertThat(outcomes).singleElement().isInstanceOf(SmppConnectionException.class);
            assertThat(s.trySend(Fixtures.submit("c"), (r, e) -> outcomes.add(e))).isEqualTo(SendStatus.CLOSED);
        }
        try (RawPeer peer = new RawPeer((p, pdu) -> RawPeer.answerBind(p, pdu, true));
                SmppSession s = SmppClient.connect(peer.client().rateLimiter(RateLimiter.perSecond(1)).build())) {
            assertThat(s.trySend(Fixtures.submit("a"), (r, e) -> { })).isEqualTo(SendStatus.SENT);
            assertThat(s.trySend(Fixtures.submit("b"), (r, e) -> { })).isEqualTo(SendStatus.RATE_LIMITED);
        }
    }
}
