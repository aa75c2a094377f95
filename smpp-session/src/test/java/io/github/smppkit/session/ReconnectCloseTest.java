package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.type.CommandStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A reconnecting client closed, unbound or stopped by a permanent bind refusal while it reconnects ends for good:
 * no thread of its own left running, no link bound and no event reported after the user's close.
 */
class ReconnectCloseTest {

    private static final ReconnectPolicy FAST = ReconnectPolicy.exponential(Duration.ofMillis(20),
            Duration.ofMillis(100));

    /** Makes the client's threads and remembers them. */
    private static final class Threads implements ThreadFactory {
        final List<Thread> made = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "reconnect-close-test-" + made.size());
            t.setDaemon(true);
            made.add(t);
            return t;
        }

        boolean allEnded() {
            return alive().isEmpty();
        }

        List<Thread> alive() {
            return made.stream().filter(Thread::isAlive).toList();
        }
    }

    /** Records the events the observer hears after the user's close returned. */
    private static final class LateEvents implements SessionObserver {
        final AtomicBoolean userClosed = new AtomicBoolean();
        final List<String> late = new CopyOnWriteArrayList<>();

        @Override
        public void bound(SmppSession session) {
            note("bound");
        }

        @Override
        public void reconnecting(SmppSession session, int attempt, Duration delay, SmppException cause) {
            note("reconnecting " + attempt + ": " + cause.getMessage());
        }

        private void note(String event) {
            if (userClosed.get()) {
                late.add(event);
            }
        }
    }

    @Test
    void closeWhileTheNextBindIsUnansweredEndsThatLinkAtOnce() throws Exception {
        closeOrUnbindWhileBinding(false);
    }

    @Test
    void unbindWhileTheNextBindIsUnansweredEndsThatLinkAtOnce() throws Exception {
        closeOrUnbindWhileBinding(true);
    }

    private static void closeOrUnbindWhileBinding(boolean unbind) throws Exception {
        AtomicInteger binds = new AtomicInteger();
        CountDownLatch binding = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        Threads threads = new Threads();
        LateEvents events = new LateEvents();
        // the SMSC sits on the second bind until the test lets it accept
        try (SmppServer server = SmppServer.start(SmppServer.builder().bindTimeout(Duration.ofMinutes(2))
                .authenticator(request -> {
                    if (binds.incrementAndGet() == 2) {
                        binding.countDown();
                        try {
                            answer.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return BindDecision.accept();
                }).build())) {
            SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .bindTimeout(Duration.ofMinutes(2)).threadFactory(threads).sessionObserver(events)
                    .reconnect(FAST).build());
            try {
                server.sessions("esme").get(0).close();
                assertThat(binding.await(30, TimeUnit.SECONDS)).isTrue();
                if (unbind) {
                    client.unbind();
                } else {
                    client.close();
                }
                events.userClosed.set(true);
                assertThat(client.state()).isEqualTo(SessionState.CLOSED);
                // the link being bound is the client's too: it ends with the client, not at the bind timeout
                assertThat(within(Duration.ofSeconds(10), threads::allEnded))
                        .as("client threads alive after %s: %s", unbind ? "unbind" : "close", threads.alive())
                        .isTrue();
            } finally {
                answer.countDown();
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(threads::allEnded)).isTrue();
            assertThat(events.late).as("events after the user's close").isEmpty();
        }
    }

    @Test
    void closeWhileTheNextAttemptWaitsForABindSlotReportsNoFurtherAttempt() throws Exception {
        AtomicInteger acquired = new AtomicInteger();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch admit = new CountDownLatch(1);
        AtomicInteger binds = new AtomicInteger();
        Threads threads = new Threads();
        LateEvents events = new LateEvents();
        BindAdmission slowSecondSlot = new BindAdmission() {
            @Override
            public void acquire(String systemId) {
                if (acquired.incrementAndGet() == 2) {
                    waiting.countDown();
                    try {
                        admit.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void release(String systemId) {
            }
        };
        try (SmppServer server = SmppServer.start(SmppServer.builder().authenticator(request -> {
            binds.incrementAndGet();
            return BindDecision.accept();
        }).build())) {
            SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                    .threadFactory(threads).sessionObserver(events).bindAdmission(slowSecondSlot)
                    .reconnect(FAST).build());
            server.sessions("esme").get(0).close();
            assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();
            client.close();
            events.userClosed.set(true);
            admit.countDown();
            assertThat(Fixtures.eventually(threads::allEnded)).as("client threads: %s", threads.alive()).isTrue();
            assertThat(events.late).as("events after the user's close").isEmpty();
            assertThat(binds.get()).as("binds, the last before the close").isEqualTo(1);
            assertThat(client.state()).isEqualTo(SessionState.CLOSED);
        }
    }

    @Test
    void aPermanentRefusalOfAReconnectLeavesNoThreadRunning() throws Exception {
        AtomicInteger binds = new AtomicInteger();
        Threads threads = new Threads();
        try (SmppServer server = SmppServer.start(SmppServer.builder().authenticator(request -> binds
                .incrementAndGet() == 1 ? BindDecision.accept() : BindDecision.reject(CommandStatus.ESME_RINVPASWD))
                .build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSCEIVER)
                        .threadFactory(threads).reconnect(FAST).build())) {
            server.sessions("esme").get(0).close();
            assertThat(Fixtures.eventually(() -> client.state() == SessionState.CLOSED)).isTrue();
            // closed for good without the user's close: nothing of the client may be left waiting
            assertThat(within(Duration.ofSeconds(10), threads::allEnded))
                    .as("client threads alive: %s", threads.alive()).isTrue();
            assertThat(binds.get()).as("binds: the first, then the one refused").isEqualTo(2);
        }
    }

    /** Waits until the condition holds, at most {@code bound}. */
    private static boolean within(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }
}
