package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client and server of this module against each other: the seams and rules beyond plain submit traffic. */
class SessionBehaviourTest {

    private SmppServer server;

    private SmppServer start(ServerConfig.Builder b) {
        server = SmppServer.start(b.authenticator(BindAuthenticator.of("esme", "secret")).build());
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private SmppSession serverSide(BindType type) {
        assertThat(Fixtures.eventually(() -> server.sessions("esme").stream().anyMatch(s -> s.bindType() == type)))
                .isTrue();
        return server.sessions("esme").stream().filter(s -> s.bindType() == type).findFirst().orElseThrow();
    }

    @Test
    void futuresCompleteOnTheCallbackExecutor() throws Exception {
        AtomicReference<Runnable> answer = new AtomicReference<>();
        start(SmppServer.builder().requestHandler((session, request) -> {
            answer.set(() -> session.respond(SubmitSmResp.ok(request.sequenceNumber(), "1")));
            return HandlerResult.deferred();
        }));
        ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                .callbackExecutor(callbacks).build())) {
            // The stage is attached before the answer exists, so it runs where the future completes.
            CompletableFuture<String> thread = s.sendAsync(Fixtures.submit("x"))
                    .thenApply(r -> Thread.currentThread().getName());
            assertThat(Fixtures.eventually(() -> answer.get() != null)).isTrue();
            answer.get().run();
            assertThat(thread.get()).isEqualTo("callbacks");
        } finally {
            callbacks.shutdownNow();
        }
    }

    @Test
    void futuresAndCallbacksStillCompleteWhenTheCallbackExecutorRefusesToRunThem() throws Exception {
        start(SmppServer.builder());
        ExecutorService callbacks = Executors.newSingleThreadExecutor();
        // shut down, as at an application's shutdown: it refuses every task
        callbacks.shutdown();
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                .callbackExecutor(callbacks).build())) {
            SubmitSmResp r = s.sendAsync(Fixtures.submit("x")).get(30, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
            CompletableFuture<Response> viaCallback = new CompletableFuture<>();
            assertThat(s.trySend(Fixtures.submit("y"), (resp, e) -> viaCallback.complete(resp)))
                    .isEqualTo(SendStatus.SENT);
            assertThat(viaCallback.get(30, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void bindAdmissionIsAcquiredPerBindAndReleasedOnClose() {
        start(SmppServer.builder());
        List<String> calls = new CopyOnWriteArrayList<>();
        BindAdmission admission = new BindAdmission() {
            @Override
            public void acquire(String systemId) {
                calls.add("acquire " + systemId);
            }

            @Override
            public void release(String systemId) {
                calls.add("release " + systemId);
            }
        };
        SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER).bindAdmission(admission)
                .build());
        assertThat(calls).containsExactly("acquire esme");
        s.unbind();
        assertThat(calls).containsExactly("acquire esme", "release esme");
        assertThatThrownBy(() -> SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                .password("wrong").bindAdmission(admission).build())).isInstanceOf(SmppBindException.class);
        assertThat(calls).containsExactly("acquire esme", "release esme", "acquire esme", "release esme");
    }

    @Test
    void aFailedConnectReturnsOnlyOnceTheBindSlotIsReleasedEvenWhenTheReaderThreadClosed() {
        start(SmppServer.builder());
        List<String> calls = new CopyOnWriteArrayList<>();
        BindAdmission slowRelease = new BindAdmission() {
            @Override
            public void acquire(String systemId) {
                calls.add("acquire");
            }

            @Override
            public void release(String systemId) {
                // Wide enough that a connect not waiting for the closing thread returns before this ends.
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                calls.add("release");
            }
        };
        SessionObserver closeOnBindResp = new SessionObserver() {
            @Override
            public void pduReceived(SmppSession session, Pdu pdu) {
                // Runs on the reader thread before the answer reaches the connecting thread: the reader closes.
                if (pdu instanceof BindResp) {
                    session.close();
                }
            }
        };
        assertThatThrownBy(() -> SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                .bindAdmission(slowRelease).sessionObserver(closeOnBindResp).build()))
                .isInstanceOf(SmppConnectionException.class);
        assertThat(calls).containsExactly("acquire", "release");
    }

    @Test
    void aCloseWaitingForAnotherThreadsCloseLeavesThatThreadsHooksFreeToUseTheSession() throws Exception {
        start(SmppServer.builder());
        CountDownLatch closing = new CountDownLatch(1);
        CountDownLatch secondCloseCalled = new CountDownLatch(1);
        AtomicReference<String> hookOutcome = new AtomicReference<>();
        SessionObserver unbindOnClose = new SessionObserver() {
            @Override
            public void closed(SmppSession session, String reason) {
                closing.countDown();
                try {
                    // let the second close() get under way and wait for this one
                    assertThat(secondCloseCalled.await(20, TimeUnit.SECONDS)).isTrue();
                    Thread.sleep(200);
                    session.unbind();
                    hookOutcome.set("unbind returned");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                .sessionObserver(unbindOnClose).build());
        server.close(); // the client's reader thread sees the connection end and closes
        assertThat(closing.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> secondClose = CompletableFuture.runAsync(() -> {
            secondCloseCalled.countDown();
            client.close();
        });
        secondClose.get(20, TimeUnit.SECONDS); // waiting for the first close inside the state lock would deadlock
        assertThat(hookOutcome.get()).isEqualTo("unbind returned");
        assertThat(client.state()).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void clientHandlerFailureIsAnsweredAndTheSessionSurvives() throws Exception {
        start(SmppServer.builder());
        AtomicInteger calls = new AtomicInteger();
        try (SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                .requestHandler((session, request) -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("first one fails");
                    }
                    return HandlerResult.defaultAnswer();
                }).build())) {
            SmppSession smsc = serverSide(BindType.TRANSCEIVER);
            DeliverSmResp first = smsc.send(Fixtures.receipt("1"));
            assertThat(first.status()).isEqualTo(CommandStatus.ESME_RX_T_APPN);
            assertThat(smsc.send(Fixtures.receipt("2")).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(client.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void aClientsConfiguredHandlerErrorStatusAnswersItsHandlersFailure() throws Exception {
        start(SmppServer.builder());
        try (SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                .handlerErrorStatus(CommandStatus.ESME_RX_R_APPN).requestHandler((session, request) -> {
                    throw new IllegalStateException("rejects everything");
                }).build())) {
            DeliverSmResp r = serverSide(BindType.TRANSCEIVER).send(Fixtures.receipt("1"));
            assertThat(r.status().code()).isEqualTo(0x00000066);
            assertThat(client.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void serverCloseUnbindsItsClients() {
        start(SmppServer.builder());
        List<String> reasons = new CopyOnWriteArrayList<>();
        SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                .sessionObserver(new SessionObserver() {
                    @Override
                    public void closed(SmppSession session, String reason) {
                        reasons.add(reason);
                    }
                }).build());
        server.close();
        // The state flips first, then the observer hears of it.
        assertThat(Fixtures.eventually(() -> !reasons.isEmpty())).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.CLOSED);
        assertThat(reasons).containsExactly("peer unbound");
        assertThat(s.pendingCount()).isZero();
        assertThat(server.sessions()).isEmpty();
    }

    @Test
    void blockingSendOnTheSessionsOwnReaderThreadFailsFastInsteadOfHanging() throws Exception {
        AtomicReference<SmppException> refused = new AtomicReference<>();
        start(SmppServer.builder().requestHandler((session, request) -> {
            if (request.commandId() == CommandId.SUBMIT_SM) {
                try {
                    session.send(Fixtures.receipt("1"));
                } catch (SmppException e) {
                    refused.set(e);
                    throw e;
                }
            }
            return HandlerResult.defaultAnswer();
        }));
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER).build())) {
            SubmitSmResp r = s.send(Fixtures.submit("x"));
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_RSYSERR);
            assertThat(refused.get().category()).isEqualTo(SmppException.Category.PROTOCOL);
            assertThat(refused.get()).hasMessageContaining("reader thread");
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void unbindFromAHandlerDoesNotBlockTheReader() {
        start(SmppServer.builder().requestHandler((session, request) -> {
            session.unbind();
            return HandlerResult.defaultAnswer();
        }));
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER).build())) {
            CompletableFuture<SubmitSmResp> f = s.sendAsync(Fixtures.submit("x"));
            assertThat(Fixtures.eventually(f::isDone)).isTrue();
            // the answer to the submit may come while the unbind is still under way
            assertThat(Fixtures.eventually(() -> s.state() == SessionState.CLOSED)).as("state %s", s.state())
                    .isTrue();
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
        }
    }

    @Test
    void dataSmFlowsBothWaysOnATransceiver() throws Exception {
        start(SmppServer.builder());
        DataSm data = DataSm.builder().source(Fixtures.FROM).destination(Fixtures.TO)
                .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of((byte) 'h', (byte) 'i'))).build();
        List<CommandId> clientSaw = new CopyOnWriteArrayList<>();
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                .requestHandler((session, request) -> {
                    clientSaw.add(request.commandId());
                    return HandlerResult.defaultAnswer();
                }).build())) {
            DataSmResp up = s.send(data);
            assertThat(up.status()).isEqualTo(CommandStatus.ESME_ROK);
            DataSmResp down = serverSide(BindType.TRANSCEIVER).send(data);
            assertThat(down.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(clientSaw).containsExactly(CommandId.DATA_SM);
        }
    }

    @Test
    void v33EsmeGetsNoTlvsEitherWay() throws Exception {
        start(SmppServer.builder());
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                .interfaceVersion(InterfaceVersion.V33).build())) {
            assertThat(s.peerInterfaceVersion()).isEqualTo(InterfaceVersion.V33);
            SmppSession smsc = serverSide(BindType.TRANSCEIVER);
            assertThat(smsc.peerInterfaceVersion()).isEqualTo(InterfaceVersion.V33);
            var withTlv = Fixtures.receipt("1").toBuilder()
                    .tlvs(Tlvs.empty().with(StandardTlvs.RECEIPTED_MESSAGE_ID, "1")).build();
            assertThat(smsc.sendAsync(withTlv)).isCompletedExceptionally();
            assertThat(smsc.send(Fixtures.receipt("1")).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void keepaliveKeepsAHealthyIdleSessionBound() {
        start(SmppServer.builder());
        AtomicInteger pongs = new AtomicInteger();
        try (SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                .enquireLinkInterval(Duration.ofMillis(20)).deadPeerTimeout(Duration.ofSeconds(5))
                .sessionObserver(new SessionObserver() {
                    @Override
                    public void pduReceived(SmppSession session, Pdu pdu) {
                        if (pdu.commandId() == CommandId.ENQUIRE_LINK_RESP) {
                            pongs.incrementAndGet();
                        }
                    }
                }).build())) {
            assertThat(Fixtures.eventually(() -> pongs.get() >= 5)).isTrue();
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void unbindLetsRequestsInFlightFinishFirst() throws Exception {
        ExecutorService answerer = Executors.newSingleThreadExecutor();
        start(SmppServer.builder().requestHandler((session, request) -> {
            // Answers come later from another thread, so they are still in flight when unbind is called.
            answerer.execute(() -> {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                session.respond(SubmitSmResp.ok(request.sequenceNumber(), "late-but-fine"));
            });
            return HandlerResult.deferred();
        }));
        try {
            SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER).windowSize(100)
                    .build());
            List<CompletableFuture<SubmitSmResp>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                futures.add(s.sendAsync(Fixtures.submit("m" + i)));
            }
            s.unbind();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
            assertThat(s.pendingCount()).isZero();
            for (CompletableFuture<SubmitSmResp> f : futures) {
                assertThat(f).isCompleted();
                assertThat(f.get().messageId()).isEqualTo("late-but-fine");
            }
        } finally {
            answerer.shutdownNow();
        }
    }
}
