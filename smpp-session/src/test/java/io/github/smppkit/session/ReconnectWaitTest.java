package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Requests of a reconnecting client between two links: they wait for the next bind at most the response timeout
 * and then fail as not sent, an interrupted sender gets its interrupt, requests in flight on the lost link fail
 * once each, and the next link's window is whole.
 */
class ReconnectWaitTest {

    private static final ReconnectPolicy FAST = ReconnectPolicy.exponential(Duration.ofMillis(20),
            Duration.ofMillis(100));

    @Test
    void requestsWhileNoLinkComesFailAsNotSentAndAnInterruptedSenderIsToldSo() throws Exception {
        SmppServer server = SmppServer.start(SmppServer.builder().build());
        int port = server.localAddress().getPort();
        try (SmppSession client = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(port)
                .systemId("esme").password("secret").responseTimeout(Duration.ofMillis(500)).reconnect(FAST)
                .build())) {
            server.close();
            assertThat(Fixtures.eventually(() -> client.state() == SessionState.RECONNECTING)).isTrue();

            assertThat(client.trySend(Fixtures.submit("try"), (r, e) -> { })).isEqualTo(SendStatus.CLOSED);
            assertThatThrownBy(() -> client.send(Fixtures.submit("blocking")))
                    .isInstanceOfSatisfying(SmppConnectionException.class, e -> assertThat(e.notSent()).isTrue());
            assertThat(client.sendAsync(Fixtures.submit("async"))).failsWithin(Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class).havingCause()
                    .isInstanceOfSatisfying(SmppConnectionException.class, e -> assertThat(e.notSent()).isTrue());

            AtomicReference<Object> outcome = new AtomicReference<>();
            AtomicReference<Boolean> flagKept = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread sender = new Thread(() -> {
                started.countDown();
                try {
                    outcome.set(client.send(Fixtures.submit("interrupted")));
                } catch (RuntimeException e) {
                    outcome.set(e);
                }
                flagKept.set(Thread.currentThread().isInterrupted());
            }, "interrupted-sender");
            sender.start();
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            sender.interrupt();
            sender.join(30_000);
            // interrupted while waiting for the link, or the wait ended first: never sent either way
            assertThat(outcome.get()).isInstanceOfAny(SmppInterruptedException.class, SmppConnectionException.class);
            if (outcome.get() instanceof SmppInterruptedException) {
                assertThat(flagKept.get()).isTrue();
            }

            server = SmppServer.start(SmppServer.builder().port(port).build());
            assertThat(Fixtures.eventually(() -> client.state() == SessionState.BOUND)).isTrue();
            assertThat(client.send(Fixtures.submit("after")).status().isOk()).isTrue();
        } finally {
            server.close();
        }
    }

    @Test
    void requestsInFlightOnALostLinkFailOnceAndTheNextLinksWindowIsWhole() throws Exception {
        int window = 4;
        CountDownLatch held = new CountDownLatch(window);
        AtomicInteger completions = new AtomicInteger();
        try (SmppServer server = SmppServer.start(SmppServer.builder().requestHandler((session, request) -> {
            held.countDown();
            return HandlerResult.deferred(); // never answered: the requests stay in flight
        }).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .windowSize(window).reconnect(FAST).build())) {
            List<CompletableFuture<SubmitSmResp>> inFlight = new ArrayList<>();
            for (int i = 0; i < window; i++) {
                CompletableFuture<SubmitSmResp> f = client.sendAsync(Fixtures.submit("m" + i));
                f.whenComplete((r, e) -> completions.incrementAndGet());
                inFlight.add(f);
            }
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            SmppSession first = server.sessions("esme").get(0);
            first.close();
            for (CompletableFuture<SubmitSmResp> f : inFlight) {
                assertThat(f).failsWithin(Duration.ofSeconds(30)).withThrowableOfType(ExecutionException.class)
                        .havingCause().isInstanceOf(SmppConnectionException.class);
            }
            assertThat(Fixtures.eventually(() -> client.state() == SessionState.BOUND)).isTrue();
            for (int i = 0; i < window; i++) {
                assertThat(client.trySend(Fixtures.submit("n" + i), (r, e) -> completions.incrementAndGet()))
                        .isEqualTo(SendStatus.SENT);
            }
            assertThat(client.trySend(Fixtures.submit("one too many"), (r, e) -> { }))
                    .isEqualTo(SendStatus.WINDOW_FULL);
            assertThat(completions.get()).as("each lost request completed once").isEqualTo(window);
        }
    }
}
