package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.type.CommandId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Who writes, over a real connection: a request sent while the session has no other in flight leaves on the
 * sender's thread, and an answer on the reader thread that read its request, without waking the writer thread (a
 * wake-up costs more than the write); a request sent while others are in flight is left to the writer thread, which
 * batches a busy session's requests.
 */
class WritingThreadTest {

    /** Thread names by sequence_number and command, as the observers saw them. */
    private final Map<String, String> sentOn = new ConcurrentHashMap<>();
    private final Map<String, String> receivedOn = new ConcurrentHashMap<>();
    private volatile Thread bindWriter;

    @Test
    void aLoneRequestLeavesOnItsSendersThreadAndItsAnswerOnTheServersReaderThread() throws Exception {
        try (SmppServer server = SmppServer.start(SmppServer.builder().sessionObserver(recording())
                .enquireLinkInterval(Duration.ZERO).requestHandler((s, r) -> HandlerResult.defaultAnswer()).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .enquireLinkInterval(Duration.ZERO).sessionObserver(recording()).build())) {
            // the bind went through the writer thread: once it has parked again, it holds no write
            assertThat(Fixtures.eventually(() -> bindWriter != null
                    && bindWriter.getState() == Thread.State.WAITING)).isTrue();
            SubmitSmResp answer = client.send(Fixtures.submit("alone"));
            int seq = answer.sequenceNumber();

            assertThat(sentOn.get(key(CommandId.SUBMIT_SM, seq))).isEqualTo(Thread.currentThread().getName());
            assertThat(Fixtures.eventually(() -> sentOn.containsKey(key(CommandId.SUBMIT_SM_RESP, seq)))).isTrue();
            assertThat(sentOn.get(key(CommandId.SUBMIT_SM_RESP, seq)))
                    .isEqualTo(receivedOn.get(key(CommandId.SUBMIT_SM, seq)));
        }
    }

    @Test
    void aRequestSentWhileAnotherIsInFlightLeavesOnTheWriterThread() throws Exception {
        CountDownLatch answerFirst = new CountDownLatch(1);
        try (SmppServer server = SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .requestHandler((s, r) -> {
                    answerFirst.await(10, TimeUnit.SECONDS);
                    return HandlerResult.defaultAnswer();
                }).build());
                SmppSession client = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .enquireLinkInterval(Duration.ZERO).sessionObserver(recording()).build())) {
            SubmitSm submit = Fixtures.submit("busy");
            var first = client.sendAsync(submit);
            var second = client.sendAsync(submit);
            answerFirst.countDown();
            int seq = second.get(10, TimeUnit.SECONDS).sequenceNumber();
            first.get(10, TimeUnit.SECONDS);

            // the writer thread reports the write after it, maybe after the answer came
            assertThat(Fixtures.eventually(() -> sentOn.containsKey(key(CommandId.SUBMIT_SM, seq)))).isTrue();
            assertThat(sentOn.get(key(CommandId.SUBMIT_SM, seq))).isNotEqualTo(Thread.currentThread().getName());
        }
    }

    private SessionObserver recording() {
        return new SessionObserver() {
            @Override
            public void pduSent(SmppSession session, Pdu pdu) {
                if (pdu.commandId() == CommandId.BIND_TRANSMITTER) {
                    bindWriter = Thread.currentThread();
                }
                sentOn.put(key(pdu.commandId(), pdu.sequenceNumber()), Thread.currentThread().getName());
            }

            @Override
            public void pduReceived(SmppSession session, Pdu pdu) {
                receivedOn.put(key(pdu.commandId(), pdu.sequenceNumber()), Thread.currentThread().getName());
            }
        };
    }

    private static String key(CommandId command, int sequenceNumber) {
        return command + "/" + sequenceNumber;
    }
}
