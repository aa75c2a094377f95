package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * On virtual threads the session writes only on its writer thread: the sender's and the reader's writes need a
 * non-blocking channel whose reads wait on a selector, and a virtual thread waiting on a selector may hold its carrier
 * (Java 21), while the blocking reads of a channel park it. Runs on the Java 25 surefire execution, with one carrier.
 */
class WritingThreadVirtualThreadsTest {

    @Test
    void aLoneRequestOfASessionOnVirtualThreadsLeavesOnItsWriterThread() throws Exception {
        List<String> submitsSentOn = new CopyOnWriteArrayList<>();
        SessionObserver recording = new SessionObserver() {
            @Override
            public void pduSent(SmppSession session, Pdu pdu) {
                if (pdu instanceof SubmitSm) {
                    submitsSentOn.add(Thread.currentThread().toString());
                }
            }
        };
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .threadFactory(LoopbackVirtualThreadsTest.virtualThreads())
                .requestHandler((s, r) -> HandlerResult.defaultAnswer()).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .enquireLinkInterval(Duration.ZERO).threadFactory(LoopbackVirtualThreadsTest.virtualThreads())
                        .sessionObserver(recording).build())) {
            client.send(Fixtures.submit("alone"));

            assertThat(Fixtures.eventually(() -> submitsSentOn.size() == 1)).isTrue();
            assertThat(submitsSentOn.get(0)).as("written by the session's virtual writer thread")
                    .isNotEqualTo(Thread.currentThread().toString()).startsWith("VirtualThread");
        }
    }
}
