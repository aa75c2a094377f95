package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A graceful unbind answers the peer's requests before it sends unbind, and before it answers the peer's unbind: a
 * peer that closes on unbind reads nothing after it, and would send an unanswered deliver_sm (a receipt, say) again
 * on the next bind.
 */
class UnbindOrderTest {

    /** The handler has seen the deliver_sm, and unbind is called while its answer is still to come. */
    @Test
    void deferredAnswerGoesOutBeforeUnbind() throws Exception {
        ScheduledExecutorService answerer = Executors.newSingleThreadScheduledExecutor();
        try {
            List<CommandId> received = unbindWhileAnswering((session, request, seen) -> {
                seen.countDown();
                answerer.schedule(() -> session.respond(DeliverSmResp.ok(request.sequenceNumber(), "")), 200,
                        TimeUnit.MILLISECONDS);
                return HandlerResult.deferred();
            });
            assertThat(received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.DELIVER_SM_RESP,
                    CommandId.UNBIND);
        } finally {
            answerer.shutdownNow();
        }
    }

    /** The handler lets the session answer, but returns only after unbind is called. */
    @Test
    void defaultAnswerOfASlowHandlerGoesOutBeforeUnbind() throws Exception {
        List<CommandId> received = unbindWhileAnswering((session, request, seen) -> {
            seen.countDown();
            Thread.sleep(200);
            return HandlerResult.defaultAnswer();
        });
        assertThat(received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.DELIVER_SM_RESP,
                CommandId.UNBIND);
    }

    /** The peer unbinds while the handler still owes the answer to its deliver_sm: unbind_resp waits for it. */
    @Test
    void peerUnbindIsAnsweredAfterTheDeferredAnswer() throws Exception {
        ScheduledExecutorService answerer = Executors.newSingleThreadScheduledExecutor();
        try {
            PeerUnbind run = peerUnbindsWhileAnswering(request -> answerer.schedule(
                    () -> run(request), 200, TimeUnit.MILLISECONDS));
            assertThat(run.received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.DELIVER_SM_RESP,
                    CommandId.UNBIND_RESP);
        } finally {
            answerer.shutdownNow();
        }
    }

    /** An answer that never comes holds unbind_resp back for the grace only, then the session closes. */
    @Test
    void peerUnbindWaitsForAMissingAnswerNoLongerThanTheGrace() throws Exception {
        PeerUnbind run = peerUnbindsWhileAnswering(request -> { });
        assertThat(run.received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.UNBIND_RESP);
        assertThat(run.unbindAnsweredAfter).isBetween(Duration.ofMillis(900), Duration.ofSeconds(10));
        assertThat(run.stateAfter).isEqualTo(SessionState.CLOSED);
    }

    /** Nothing owed: the peer's unbind is answered at once. */
    @Test
    void peerUnbindIsAnsweredAtOnceWhenNothingIsOwed() throws Exception {
        PeerUnbind run = peerUnbindsWhileAnswering(request -> run(request));
        assertThat(run.received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.DELIVER_SM_RESP,
                CommandId.UNBIND_RESP);
        assertThat(run.unbindAnsweredAfter).isLessThan(Duration.ofMillis(800));
        assertThat(run.stateAfter).isEqualTo(SessionState.CLOSED);
    }

    /**
     * The SMSC sends a receipt and answers our unbind in one write: the answer to the receipt, queued as the
     * unbind_resp is read, still goes out before the connection closes.
     */
    @Test
    void aRequestCrossingOurUnbindIsAnsweredBeforeTheClose() throws Exception {
        List<CommandId> received = new CopyOnWriteArrayList<>();
        CountDownLatch answered = new CountDownLatch(1);
        PduCodec codec = PduCodec.defaults();
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            received.add(pdu.commandId());
            if (RawPeer.answerBind(p, pdu, true)) {
                return true;
            }
            if (pdu.commandId() == CommandId.UNBIND) {
                byte[] receipt = codec.encode(Fixtures.receipt("9").withSequenceNumber(7));
                byte[] resp = codec.encode(UnbindResp.of(pdu.sequenceNumber(), CommandStatus.ESME_ROK));
                byte[] both = Arrays.copyOf(receipt, receipt.length + resp.length);
                System.arraycopy(resp, 0, both, receipt.length, resp.length);
                p.sendRaw(both);
            } else if (pdu.commandId() == CommandId.DELIVER_SM_RESP) {
                answered.countDown();
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().bindType(BindType.TRANSCEIVER).build())) {
            s.unbind();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
            assertThat(answered.await(10, TimeUnit.SECONDS)).as("deliver_sm_resp reached the SMSC").isTrue();
            assertThat(received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.UNBIND,
                    CommandId.DELIVER_SM_RESP);
        }
    }

    /**
     * The ESME unbinds, reads our unbind_resp and only then answers the receipt we sent before: the session reads
     * on until the ESME closes, so the receipt is answered rather than failed (and sent again on the next bind).
     */
    @Test
    void ourRequestAnsweredAfterThePeersUnbindCompletes() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                .authenticator(BindAuthenticator.of("esme", "secret")).build());
                RawClient esme = new RawClient(server.localAddress())) {
            esme.send(new BindTransceiver(1, "esme", "secret", "", InterfaceVersion.V34, Address.EMPTY,
                    Tlvs.empty()));
            assertThat(esme.read()).isInstanceOf(BindResp.class);
            assertThat(Fixtures.eventually(() -> server.sessions().size() == 1
                    && server.sessions().get(0).state() == SessionState.BOUND)).isTrue();
            CompletableFuture<DeliverSmResp> receipt = server.sessions().get(0).sendAsync(Fixtures.receipt("3"));
            Pdu deliver = esme.read();
            assertThat(deliver).isInstanceOf(DeliverSm.class);

            esme.send(new Unbind(2));
            assertThat(esme.read()).isInstanceOf(UnbindResp.class);
            esme.send(DeliverSmResp.ok(deliver.sequenceNumber(), ""));

            assertThat(receipt.get(10, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    /**
     * A submit held by the rate limiter while we unbind is not sent when the limiter lets it go: the unbind has
     * counted the requests in flight already, and the peer would read the submit after unbind.
     */
    @Test
    void aRequestHeldByTheRateLimiterIsNotSentAfterOurUnbind() throws Exception {
        List<CommandId> received = new CopyOnWriteArrayList<>();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<CompletableFuture<SubmitSmResp>> submit = new CompletableFuture<>();
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            received.add(pdu.commandId());
            if (RawPeer.answerBind(p, pdu, true)) {
                return true;
            }
            if (pdu.commandId() == CommandId.UNBIND) {
                // the session is UNBINDING now: let the held submit go, and answer once its send has ended
                release.countDown();
                try {
                    submit.join().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // its failure is the expected end, checked below
                }
                p.send(UnbindResp.of(pdu.sequenceNumber(), CommandStatus.ESME_ROK));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().bindType(BindType.TRANSCEIVER)
                .rateLimiter(segments -> {
                    held.countDown();
                    release.await();
                }).build())) {
            Thread sender = new Thread(() -> submit.complete(s.sendAsync(Fixtures.submit("held"))));
            sender.start();
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            s.unbind();
            sender.join(10_000);

            assertThat(submit.join()).failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(SmppConnectionException.class,
                            e -> assertThat(e.notSent()).as("known not sent").isTrue())
                    .withMessageContaining("session UNBINDING (expected BOUND)");
            assertThat(received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.UNBIND);
        }
    }

    private static void run(Deferred request) {
        request.session.respond(DeliverSmResp.ok(request.sequenceNumber, ""));
    }

    private record Deferred(SmppSession session, int sequenceNumber) {
    }

    private record PeerUnbind(List<CommandId> received, Duration unbindAnsweredAfter, SessionState stateAfter) {
    }

    /**
     * Binds to a peer that sends one receipt; the handler defers its answer to {@code answer}, and once the answer
     * is owed (or given) the peer unbinds. Returns what the peer read and how long its unbind waited.
     */
    private static PeerUnbind peerUnbindsWhileAnswering(Consumer<Deferred> answer)
            throws Exception {
        List<CommandId> received = new CopyOnWriteArrayList<>();
        CountDownLatch seen = new CountDownLatch(1);
        CountDownLatch unbindAnswered = new CountDownLatch(1);
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            received.add(pdu.commandId());
            if (RawPeer.answerBind(p, pdu, true)) {
                p.send(Fixtures.receipt("1").withSequenceNumber(1));
            } else if (pdu.commandId() == CommandId.UNBIND_RESP) {
                unbindAnswered.countDown();
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().bindType(BindType.TRANSCEIVER)
                .requestHandler((session, request) -> {
                    answer.accept(new Deferred(session, request.sequenceNumber()));
                    seen.countDown();
                    return HandlerResult.deferred();
                }).build())) {
            assertThat(seen.await(20, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            peer.send(new Unbind(2));
            assertThat(unbindAnswered.await(20, TimeUnit.SECONDS)).isTrue();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            for (int i = 0; i < 200 && s.state() != SessionState.CLOSED; i++) {
                Thread.sleep(10);
            }
            return new PeerUnbind(received, waited, s.state());
        }
    }

    private interface Handler {
        HandlerResult handle(SmppSession session, Request<?> request, CountDownLatch seen) throws Exception;
    }

    /** Binds to a peer that sends one receipt, unbinds once the handler has it, and returns what the peer read. */
    private static List<CommandId> unbindWhileAnswering(Handler handler) throws Exception {
        List<CommandId> received = new CopyOnWriteArrayList<>();
        CountDownLatch seen = new CountDownLatch(1);
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            received.add(pdu.commandId());
            if (RawPeer.answerBind(p, pdu, true)) {
                p.send(Fixtures.receipt("1").withSequenceNumber(1));
            } else if (pdu.commandId() == CommandId.UNBIND) {
                p.send(UnbindResp.of(pdu.sequenceNumber(), CommandStatus.ESME_ROK));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().bindType(BindType.TRANSCEIVER)
                .requestHandler((session, request) -> handler.handle(session, request, seen)).build())) {
            assertThat(seen.await(20, TimeUnit.SECONDS)).isTrue();
            s.unbind();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
        }
        return received;
    }
}
