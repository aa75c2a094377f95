package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSmResp;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A sender whose thread is interrupted cancels its own request only: a lone request is written on the sender's
 * thread, and a channel written by an interrupted thread may close, which would end the session for every thread.
 */
class InterruptedSenderTest {

    @Test
    void anInterruptedSenderLeavesTheSessionUsableForOtherThreads() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .enquireLinkInterval(Duration.ZERO).build())) {
            for (int i = 0; i < 20; i++) {
                AtomicReference<Object> outcome = new AtomicReference<>();
                AtomicReference<Boolean> flagKept = new AtomicReference<>();
                Thread sender = new Thread(() -> {
                    Thread.currentThread().interrupt();
                    try {
                        outcome.set(client.send(Fixtures.submit("interrupted")));
                    } catch (RuntimeException e) {
                        outcome.set(e);
                    }
                    flagKept.set(Thread.currentThread().isInterrupted());
                }, "interrupted-sender");
                sender.start();
                sender.join(TimeUnit.SECONDS.toMillis(30));

                // the wait for the answer is cut short, unless the answer came first
                assertThat(outcome.get()).as("send by an interrupted thread")
                        .isInstanceOfAny(SmppInterruptedException.class, SubmitSmResp.class);
                assertThat(flagKept.get()).as("interrupt flag kept").isTrue();
                assertThat(client.state()).isEqualTo(SessionState.BOUND);
                assertThat(client.send(Fixtures.submit("after"))).isInstanceOf(SubmitSmResp.class);
            }
        }
    }

    @Test
    void anInterruptedAsyncSenderGetsItsAnswerAndLeavesTheSessionUsable() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .enquireLinkInterval(Duration.ZERO).build())) {
            for (int i = 0; i < 20; i++) {
                CompletableFuture<CompletableFuture<SubmitSmResp>> sent = new CompletableFuture<>();
                Thread sender = new Thread(() -> {
                    Thread.currentThread().interrupt();
                    try {
                        sent.complete(client.sendAsync(Fixtures.submit("interrupted")));
                    } catch (RuntimeException e) {
                        sent.completeExceptionally(e);
                    }
                }, "interrupted-sender");
                sender.start();

                // the window had a free slot: nothing to wait for, so the request goes out despite the interrupt
                assertThat(sent.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS))
                        .isInstanceOf(SubmitSmResp.class);
                assertThat(client.state()).isEqualTo(SessionState.BOUND);
                assertThat(client.send(Fixtures.submit("after"))).isInstanceOf(SubmitSmResp.class);
            }
        }
    }
}
