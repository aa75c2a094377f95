package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Peers that misbehave: every request still ends with a response or a reason, and nothing stays pending. */
class FailureModesTest {

    @Test
    void aServerThatCannotListenSaysWhy() throws IOException {
        assertThatThrownBy(() -> SmppServer.start(SmppServer.builder().host("no.such.host.invalid").port(0).build()))
                .isInstanceOf(SmppConnectionException.class)
                .hasMessage("listen: the host no.such.host.invalid cannot be resolved");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> SmppServer.start(SmppServer.builder().host("127.0.0.1")
                    .port(taken.getLocalPort()).build()))
                    .isInstanceOf(SmppConnectionException.class)
                    .hasMessageStartingWith("listen: 127.0.0.1:" + taken.getLocalPort() + " failed: ")
                    .hasMessageContaining("BindException");
        }
    }

    private static SmppException failureOf(CompletableFuture<?> f) {
        try {
            f.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return (SmppException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError("future did not fail: " + e, e);
        }
        throw new AssertionError("future succeeded");
    }

    private static final class Reasons implements SessionObserver {
        final List<String> closed = new CopyOnWriteArrayList<>();

        @Override
        public void closed(SmppSession session, String reason) {
            closed.add(reason);
        }
    }

    @Test
    void responseTimeoutFreesTheSlotAndALateResponseIsDropped() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (RawPeer.answerBind(p, pdu, true) || pdu.commandId() != CommandId.SUBMIT_SM) {
                return true;
            }
            if (pdu.sequenceNumber() != 2) {
                // The first submit is answered only once the second arrives: too late.
                p.send(SubmitSmResp.ok(pdu.sequenceNumber() - 1, "late"));
                p.send(SubmitSmResp.ok(pdu.sequenceNumber(), "fresh"));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().windowSize(1)
                .responseTimeout(Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> s.send(Fixtures.submit("one"))).isInstanceOf(SmppTimeoutException.class)
                    .hasMessageContaining("submit_sm_resp").hasMessageContaining("seq 2");
            assertThat(s.pendingCount()).isZero();
            SubmitSmResp second = s.send(Fixtures.submit("two"));
            assertThat(second.messageId()).isEqualTo("fresh");
            assertThat(s.pendingCount()).isZero();
        }
    }

    @Test
    void genericNackCompletesTheRequestWithItsStatus() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (!RawPeer.answerBind(p, pdu, true)) {
                p.send(GenericNack.of(pdu.sequenceNumber(), CommandStatus.ESME_RTHROTTLED));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().build())) {
            SubmitSmResp r = s.send(Fixtures.submit("x"));
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_RTHROTTLED);
            assertThatThrownBy(() -> SmppStatusException.check(r)).isInstanceOf(SmppStatusException.class)
                    .hasMessageContaining("ESME_RTHROTTLED");
        }
    }

    @Test
    void keepaliveClosesASilentPeerAndFailsWhatIsPending() throws Exception {
        Reasons reasons = new Reasons();
        try (RawPeer peer = new RawPeer((p, pdu) -> RawPeer.answerBind(p, pdu, true));
                SmppSession s = SmppClient.connect(peer.client().enquireLinkInterval(Duration.ofMillis(100))
                        .deadPeerTimeout(Duration.ofMillis(200)).responseTimeout(Duration.ofSeconds(60))
                        .sessionObserver(reasons).build())) {
            CompletableFuture<SubmitSmResp> f = s.sendAsync(Fixtures.submit("x"));
            SmppException e = failureOf(f);
            assertThat(e).isInstanceOf(SmppConnectionException.class).hasMessageContaining("dead peer");
            assertThat(((SmppConnectionException) e).notSent()).as("written, so it may have been taken").isFalse();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
            SmppException afterClose = failureOf(s.sendAsync(Fixtures.submit("y")));
            assertThat(afterClose).isInstanceOf(SmppConnectionException.class).hasMessageContaining("not sent");
            assertThat(((SmppConnectionException) afterClose).notSent()).isTrue();
            assertThat(s.pendingCount()).isZero();
            assertThat(reasons.closed).singleElement().asString().contains("enquire_link");
        }
    }

    @Test
    void peerClosingMidPduFailsTheRequest() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (!RawPeer.answerBind(p, pdu, true)) {
                byte[] whole = io.github.smppkit.codec.PduCodec.defaults().encode(
                        SubmitSmResp.ok(pdu.sequenceNumber(), "abc"));
                p.sendRaw(java.util.Arrays.copyOf(whole, 10));
                p.closeSocket();
                return false;
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().build())) {
            SmppException e = failureOf(s.sendAsync(Fixtures.submit("x")));
            assertThat(e).isInstanceOf(SmppConnectionException.class).hasMessageContaining("mid-PDU");
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
            assertThat(s.pendingCount()).isZero();
            assertThat(s.trySend(Fixtures.submit("y"), (r, x) -> { })).isEqualTo(SendStatus.CLOSED);
        }
    }

    @Test
    void peerThatStopsReadingCannotHangSenders() throws Exception {
        Reasons reasons = new Reasons();
        int count = 200;
        SubmitSm big = Fixtures.submit("").toBuilder().tlvs(io.github.smppkit.codec.tlv.Tlvs.empty()
                .with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[60_000]))).build();
        try (RawPeer peer = new RawPeer((p, pdu) -> RawPeer.answerBind(p, pdu, true), 4096);
                SmppSession s = SmppClient.connect(peer.client().windowSize(count)
                        .enquireLinkInterval(Duration.ZERO).deadPeerTimeout(Duration.ofMillis(500))
                        .responseTimeout(Duration.ofSeconds(60)).sessionObserver(reasons).build())) {
            List<CompletableFuture<SubmitSmResp>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(s.sendAsync(big));
            }
            int failed = 0;
            for (CompletableFuture<SubmitSmResp> f : futures) {
                assertThat(failureOf(f)).isInstanceOf(SmppConnectionException.class);
                failed++;
            }
            assertThat(failed).isEqualTo(count);
            assertThat(s.pendingCount()).isZero();
            assertThat(reasons.closed).singleElement().asString().contains("write blocked");
        }
    }

    /** The answers wait at maxQueuedResponseBytes (ReaderBackPressureTest holds the bound) until the close. */
    @Test
    void anEsmeThatFloodsRequestsAndNeverReadsTheAnswersIsClosed() throws Exception {
        Reasons reasons = new Reasons();
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .deadPeerTimeout(Duration.ofMillis(500)).maxQueuedResponseBytes(4096).sessionObserver(reasons)
                .build())) {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096);
            socket.connect(server.localAddress(), 10_000);
            try (RawClient esme = new RawClient(socket)) {
                esme.send(new BindTransceiver(1, "esme", "", "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()));
                assertThat(((Response) esme.read()).status().isOk()).isTrue();
                byte[] requests = new byte[1000 * 16];
                for (int i = 0; i < 1000; i++) {
                    System.arraycopy(PduCodec.defaults().encode(new EnquireLink(2 + i)), 0, requests, i * 16, 16);
                }
                Thread flood = new Thread(() -> {
                    try {
                        while (true) {
                            esme.sendRaw(requests);
                        }
                    } catch (IOException e) {
                        // the server closed the connection
                    }
                }, "flood");
                flood.start();
                assertThat(Fixtures.eventually(() -> !reasons.closed.isEmpty())).isTrue();
                assertThat(reasons.closed).singleElement().asString().contains("write blocked");
                flood.join(30_000);
                assertThat(flood.isAlive()).as("flood still writing").isFalse();
            }
        }
    }

    @Test
    void unbindWaitsForARequestSentWithTrySendAndThenCloses() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch completed = new CountDownLatch(1);
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (pdu.commandId() == CommandId.UNBIND) {
                p.send(UnbindResp.of(pdu.sequenceNumber(), CommandStatus.ESME_ROK));
            } else {
                // the submit_sm is never answered
                RawPeer.answerBind(p, pdu, true);
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().responseTimeout(Duration.ofMillis(300)).build())) {
            assertThat(s.trySend(Fixtures.submit("x"), (r, e) -> {
                failures.add(e);
                completed.countDown();
            })).isEqualTo(SendStatus.SENT);
            s.unbind();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
            assertThat(completed.await(30, TimeUnit.SECONDS)).isTrue();
            // it ran out its own timeout before unbind went out, rather than being failed by the close
            assertThat(failures).singleElement().isInstanceOf(SmppTimeoutException.class);
            assertThat(s.pendingCount()).isZero();
        }
    }

    @Test
    void interruptCancelsABlockedSend() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> RawPeer.answerBind(p, pdu, true));
                SmppSession s = SmppClient.connect(peer.client().responseTimeout(Duration.ofSeconds(60)).build())) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    s.send(Fixtures.submit("x"));
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            t.start();
            assertThat(Fixtures.eventually(() -> s.pendingCount() == 1)).isTrue();
            t.interrupt();
            t.join(30_000);
            assertThat(thrown.get()).isInstanceOf(SmppInterruptedException.class);
            assertThat(flag.get()).isTrue();
            assertThat(s.pendingCount()).isZero();
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void bindResponseWithoutScInterfaceVersionMeansNoTlvs() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (!RawPeer.answerBind(p, pdu, false)) {
                p.send(SubmitSmResp.ok(pdu.sequenceNumber(), "1"));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().build())) {
            assertThat(s.peerInterfaceVersion()).isEqualTo(InterfaceVersion.V33);
            SubmitSm withTlv = Fixtures.submit("x").toBuilder().tlvs(io.github.smppkit.codec.tlv.Tlvs.empty()
                    .with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[3]))).build();
            SmppException e = failureOf(s.sendAsync(withTlv));
            assertThat(e.category()).isEqualTo(SmppException.Category.PROTOCOL);
            assertThat(e).hasMessageContaining("3.3");
            assertThat(s.send(Fixtures.submit("plain")).status().isOk()).isTrue();
        }
    }

    @Test
    void anSmscKnownToTakeTlvsGetsThemWithoutAnnouncingAVersion() throws Exception {
        List<Tlvs> received = new CopyOnWriteArrayList<>();
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (!RawPeer.answerBind(p, pdu, false)) {
                received.add(pdu.tlvs());
                p.send(SubmitSmResp.ok(pdu.sequenceNumber(), "1"));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().unannouncedPeerVersion(InterfaceVersion.V34).build())) {
            assertThat(s.peerInterfaceVersion()).isEqualTo(InterfaceVersion.V34);
            Tlvs payload = Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[] {'h', 'i'}));
            assertThat(s.send(Fixtures.submit("").toBuilder().tlvs(payload).build()).status().isOk()).isTrue();
            assertThat(received).containsExactly(payload);
        }
    }

    @Test
    void refusedBindThrowsWithTheStatus() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            p.send(io.github.smppkit.codec.pdu.BindTransceiverResp.of(pdu.sequenceNumber(),
                    CommandStatus.ESME_RINVPASWD));
            return true;
        })) {
            assertThatThrownBy(() -> SmppClient.connect(peer.client().build()))
                    .isInstanceOfSatisfying(SmppBindException.class, e -> {
                        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVPASWD);
                        assertThat(e.isPermanent()).isTrue();
                        assertThat(e.getMessage()).doesNotContain("pw");
                    });
        }
    }

    @Test
    void unansweredBindAndRefusedConnectionFailTheConnect() throws Exception {
        try (RawPeer peer = new RawPeer((p, pdu) -> true)) {
            assertThatThrownBy(() -> SmppClient.connect(peer.client().bindTimeout(Duration.ofMillis(200)).build()))
                    .isInstanceOf(SmppConnectionException.class).hasMessageContaining("bind_transceiver_resp")
                    .hasCauseInstanceOf(SmppTimeoutException.class);
        }
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(closedPort)
                .systemId("esme").build())).isInstanceOf(SmppConnectionException.class)
                .hasMessageContaining("connect");
    }
}
