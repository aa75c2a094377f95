package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reconnect across a server restart: every message ends accepted, rejected or failed; none is lost. */
class ReconnectTest {

    private static final class Events implements SessionObserver {
        final AtomicInteger bound = new AtomicInteger();
        final AtomicInteger reconnecting = new AtomicInteger();
        final List<SmppBindException> bindFailures = new CopyOnWriteArrayList<>();

        @Override
        public void bound(SmppSession session) {
            bound.incrementAndGet();
        }

        @Override
        public void reconnecting(SmppSession session, int attempt, Duration delay, SmppException cause) {
            reconnecting.incrementAndGet();
        }

        @Override
        public void bindFailed(SmppSession session, SmppBindException failure) {
            bindFailures.add(failure);
        }
    }

    private static ServerConfig serverOn(int port, BindAuthenticator auth, AtomicInteger accepted) {
        return serverOn(port, auth, accepted, -1);
    }

    /** A server that answers submits (every tenth rejected) and drops the link abruptly at submit {@code dropAt}. */
    private static ServerConfig serverOn(int port, BindAuthenticator auth, AtomicInteger accepted, int dropAt) {
        AtomicInteger seen = new AtomicInteger();
        return SmppServer.builder().port(port).authenticator(auth).requestHandler((session, request) -> {
            if (request.commandId() != CommandId.SUBMIT_SM) {
                return HandlerResult.defaultAnswer();
            }
            if (seen.incrementAndGet() == dropAt) {
                // No unbind: the requests the client has in flight can only fail.
                session.close();
                return HandlerResult.deferred();
            }
            int n = accepted.incrementAndGet();
            return HandlerResult.answer(n % 10 == 0 ? SubmitSmResp.of(0, CommandStatus.ESME_RSUBMITFAIL)
                    : SubmitSmResp.ok(0, Integer.toString(n)));
        }).build();
    }

    @Test
    void abruptDropAndServerRestartLoseNothing() throws Exception {
        AtomicInteger handled1 = new AtomicInteger();
        AtomicInteger handled2 = new AtomicInteger();
        AtomicInteger bindAttempts = new AtomicInteger();
        // The restarted server first answers "already bound" (its view of the old link), then accepts.
        // The first server drops the link abruptly once, then is restarted gracefully.
        BindAuthenticator flaky = request -> bindAttempts.incrementAndGet() == 1
                ? BindDecision.reject(CommandStatus.ESME_RALYBND) : BindDecision.accept();
        Events events = new Events();
        SmppServer first = SmppServer.start(serverOn(0, BindAuthenticator.acceptAll(), handled1, 500));
        int port = first.localAddress().getPort();
        SmppServer second = null;
        int total = 3000;
        List<CompletableFuture<SubmitSmResp>> futures = new ArrayList<>();
        try (SmppSession s = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port).systemId("esme")
                .windowSize(20).responseTimeout(Duration.ofSeconds(10)).sessionObserver(events)
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(200))).build())) {
            for (int i = 0; i < total; i++) {
                if (i == total * 2 / 3) {
                    first.close();
                    second = SmppServer.start(serverOn(port, flaky, handled2));
                }
                futures.add(s.sendAsync(Fixtures.submit("m" + i)));
            }
            int accepted = 0;
            int rejected = 0;
            int failed = 0;
            for (CompletableFuture<SubmitSmResp> f : futures) {
                try {
                    SubmitSmResp r = f.get(60, TimeUnit.SECONDS);
                    if (r.status().isOk()) {
                        accepted++;
                    } else {
                        rejected++;
                    }
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(SmppConnectionException.class)
                            .hasMessageContaining("session closed");
                    failed++;
                }
            }
            assertThat(accepted + rejected + failed).isEqualTo(total);
            // Answers queued by the server when it dropped the link never arrive: those requests failed here.
            assertThat(accepted + rejected).isLessThanOrEqualTo(handled1.get() + handled2.get());
            assertThat(handled2.get()).isPositive();
            assertThat(rejected).isPositive();
            assertThat(failed).as("requests in flight when the link was dropped").isPositive();
            assertThat(s.pendingCount()).isZero();
            assertThat(events.reconnecting.get()).isGreaterThanOrEqualTo(3);
            assertThat(events.bindFailures).extracting(SmppBindException::status)
                    .contains(CommandStatus.ESME_RALYBND);
            assertThat(events.bound.get()).isEqualTo(3);
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
            s.unbind();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void aDeferredAnswerGoesOnTheLinkItsRequestCameOnNeverOnTheNextOne() throws Exception {
        BlockingQueue<Held> held = new LinkedBlockingQueue<>();
        AtomicReference<SmppSession> client = new AtomicReference<>();
        try (SmppServer server = SmppServer.start(SmppServer.builder().build());
                SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100)))
                        .requestHandler((session, request) -> {
                            held.add(new Held(session, request, client.get().state()));
                            return HandlerResult.deferred();
                        }).build())) {
            client.set(s);
            SmppSession first = server.sessions("esme").get(0);
            CompletableFuture<DeliverSmResp> onFirst = first.sendAsync(Fixtures.receipt("1"));
            Held early = held.poll(30, TimeUnit.SECONDS);
            assertThat(early).isNotNull();
            first.close();
            assertThat(Fixtures.eventually(() -> server.sessions("esme").size() == 1
                    && server.sessions("esme").get(0) != first)).isTrue();
            // the new link numbers its requests afresh: this receipt has the number the first one had
            CompletableFuture<DeliverSmResp> onSecond = server.sessions("esme").get(0).sendAsync(
                    Fixtures.receipt("2"));
            Held late = held.poll(30, TimeUnit.SECONDS);
            assertThat(late).isNotNull();
            // the new link is the client's as soon as it is bound, before it hands over any request
            assertThat(late.clientState()).isEqualTo(SessionState.BOUND);
            assertThatThrownBy(() -> early.session().respond(early.request().response(CommandStatus.ESME_RX_P_APPN)))
                    .isInstanceOf(SmppConnectionException.class);
            late.session().respond(late.request().response(CommandStatus.ESME_ROK));
            assertThat(onSecond.get(30, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(onFirst).isCompletedExceptionally();
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void aBoundObserverSeesTheNewLinkAsTheClientsAndCanSendOnIt() throws Exception {
        List<SessionState> statesSeen = new CopyOnWriteArrayList<>();
        BlockingQueue<CompletableFuture<EnquireLinkResp>> sentFromObserver = new LinkedBlockingQueue<>();
        try (SmppServer server = SmppServer.start(SmppServer.builder().build());
                SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .responseTimeout(Duration.ofSeconds(5))
                        .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100)))
                        .sessionObserver(new SessionObserver() {
                            @Override
                            public void bound(SmppSession session) {
                                statesSeen.add(session.state());
                                // e.g. to resend what the lost link left unanswered
                                sentFromObserver.add(session.sendAsync(new EnquireLink(0)));
                            }
                        }).build())) {
            assertThat(sentFromObserver.take().get(30, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.ESME_ROK);
            server.sessions("esme").get(0).close();
            assertThat(sentFromObserver.take().get(30, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(statesSeen).containsExactly(SessionState.BOUND, SessionState.BOUND);
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void unbindFromAHandlerEndsTheLinkEvenWhenThePeerNeverAnswersIt() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            if (pdu.commandId() == CommandId.ENQUIRE_LINK) {
                p.send(EnquireLinkResp.of(pdu.sequenceNumber(), CommandStatus.ESME_ROK));
                p.send(Fixtures.receipt("1").withSequenceNumber(1));
            } else {
                // deliver_sm_resp and unbind: never answered
                RawPeer.answerBind(p, pdu, true);
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().responseTimeout(Duration.ofMillis(300))
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100)))
                .sessionObserver(new SessionObserver() {
                    @Override
                    public void closed(SmppSession session, String reason) {
                        closed.countDown();
                    }
                })
                .requestHandler((session, request) -> {
                    session.unbind();
                    return HandlerResult.defaultAnswer();
                }).build())) {
            // the receipt comes once the client has taken up the link: after the answer to this
            assertThat(s.send(new EnquireLink(0)).status()).isEqualTo(CommandStatus.ESME_ROK);
            // unbind is answered or times out; either way the link closes
            assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
        }
    }

    @Test
    void anAlreadyBoundAnswerToTheFirstBindIsRetried() throws Exception {
        // an application restarting while the SMSC still holds its old session
        AtomicInteger binds = new AtomicInteger();
        Events events = new Events();
        try (SmppServer server = SmppServer.start(SmppServer.builder().authenticator(request -> binds
                .incrementAndGet() == 1 ? BindDecision.reject(CommandStatus.ESME_RALYBND) : BindDecision.accept())
                .build());
                SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .sessionObserver(events)
                        .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(200)))
                        .build())) {
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
            assertThat(binds.get()).isEqualTo(2);
            assertThat(events.bindFailures).extracting(SmppBindException::status)
                    .containsExactly(CommandStatus.ESME_RALYBND);
            assertThat(events.reconnecting.get()).isEqualTo(1);
            assertThat(events.bound.get()).isEqualTo(1);
            assertThat(s.send(Fixtures.submit("x")).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aPermanentRefusalOfTheFirstBindIsThrownAtOnce() throws Exception {
        AtomicInteger binds = new AtomicInteger();
        Events events = new Events();
        try (SmppServer server = SmppServer.start(SmppServer.builder().authenticator(request -> {
            binds.incrementAndGet();
            return BindDecision.reject(CommandStatus.ESME_RINVPASWD);
        }).build())) {
            assertThatThrownBy(() -> SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .sessionObserver(events)
                    .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(200)))
                    .build())).isInstanceOfSatisfying(SmppBindException.class,
                            e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVPASWD));
            assertThat(binds.get()).isEqualTo(1);
            assertThat(events.reconnecting.get()).isZero();
        }
    }

    @Test
    void aRefusedFirstConnectionIsRetriedUntilTheServerListens() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Events events = new Events();
        AtomicReference<SmppServer> server = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                Thread.sleep(300);
                server.set(SmppServer.start(SmppServer.builder().port(port).build()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "late-server");
        starter.start();
        try (SmppSession s = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port).systemId("esme")
                .sessionObserver(events)
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100))).build())) {
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
            assertThat(events.reconnecting.get()).as("retries while nothing listened").isPositive();
        } finally {
            starter.join(30_000);
            if (server.get() != null) {
                server.get().close();
            }
        }
    }

    @Test
    void theFirstConnectStopsRetryingAtItsDeadline() throws Exception {
        AtomicInteger binds = new AtomicInteger();
        try (SmppServer server = SmppServer.start(SmppServer.builder().authenticator(request -> {
            binds.incrementAndGet();
            return BindDecision.reject(CommandStatus.ESME_RALYBND);
        }).build())) {
            ReconnectPolicy policy = ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(50));
            assertThatThrownBy(() -> SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .reconnect(policy.withFirstConnectDeadline(Duration.ofSeconds(2))).build()))
                    .isInstanceOfSatisfying(SmppBindException.class,
                            e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RALYBND));
            assertThat(binds.get()).as("binds within 2 s, 20-50 ms apart").isGreaterThan(1);

            binds.set(0);
            assertThatThrownBy(() -> SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .reconnect(policy.withFirstConnectDeadline(Duration.ZERO)).build()))
                    .isInstanceOf(SmppBindException.class);
            assertThat(binds.get()).as("binds with no time to retry").isEqualTo(1);
        }
    }

    /** A request a handler keeps to answer later, with the session it was given and the client's state then. */
    private record Held(SmppSession session, Request<?> request, SessionState clientState) {
    }

    @Test
    void permanentBindFailureStopsReconnecting() throws Exception {
        Events events = new Events();
        SmppServer first = SmppServer.start(serverOn(0, BindAuthenticator.acceptAll(), new AtomicInteger()));
        int port = first.localAddress().getPort();
        SmppServer second = null;
        try (SmppSession s = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port).systemId("esme")
                .sessionObserver(events)
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(20), Duration.ofMillis(100))).build())) {
            first.close();
            second = SmppServer.start(serverOn(port, BindAuthenticator.of("esme", "changed"), new AtomicInteger()));
            assertThat(Fixtures.eventually(() -> s.state() == SessionState.CLOSED)).isTrue();
            assertThat(events.bindFailures).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVPASWD);
                assertThat(e.isPermanent()).isTrue();
            });
            assertThat(s.sendAsync(Fixtures.submit("x"))).failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(ExecutionException.class).havingCause()
                    .isInstanceOfSatisfying(SmppConnectionException.class, e -> assertThat(e.notSent()).isTrue());
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }
}
