package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.CommandId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request sent with sequence_number 0 keeps its record; the number the session assigns is on the wire, in
 * the response and in what observers see as sent.
 */
class SequenceNumberingTest {

    @Test
    void observersSeeTheAssignedNumberOnTheRecordTheyGet() throws Exception {
        List<Pdu> sent = new CopyOnWriteArrayList<>();
        List<Pdu> received = new CopyOnWriteArrayList<>();
        SessionObserver observer = new SessionObserver() {
            @Override
            public void pduSent(SmppSession session, Pdu pdu) {
                if (pdu.commandId() == CommandId.SUBMIT_SM) {
                    sent.add(pdu);
                }
            }
        };
        SubmitSm submit = Fixtures.submit("numbered by the session");
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                .authenticator(BindAuthenticator.of("esme", "secret"))
                .sessionObserver(new SessionObserver() {
                    @Override
                    public void pduReceived(SmppSession session, Pdu pdu) {
                        if (pdu.commandId() == CommandId.SUBMIT_SM) {
                            received.add(pdu);
                        }
                    }
                }).build());
                SmppSession s = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER)
                        .sessionObserver(observer).build())) {
            CompletableFuture<Response> viaCallback = new CompletableFuture<>();
            assertThat(s.trySend(submit, (r, e) -> {
                if (e != null) {
                    viaCallback.completeExceptionally(e);
                } else {
                    viaCallback.complete(r);
                }
            })).isEqualTo(SendStatus.SENT);
            Response first = viaCallback.get(30, TimeUnit.SECONDS);
            Response second = s.sendAsync(submit).get(30, TimeUnit.SECONDS);
            Response third = s.send(submit);

            assertThat(submit.sequenceNumber()).isZero();
            List<Integer> numbers = List.of(first.sequenceNumber(), second.sequenceNumber(), third.sequenceNumber());
            assertThat(numbers).doesNotContain(0).doesNotHaveDuplicates();
            assertThat(Fixtures.eventually(() -> sent.size() == 3 && received.size() == 3)).isTrue();
            for (int i = 0; i < 3; i++) {
                assertThat(sent.get(i)).isEqualTo(submit.withSequenceNumber(numbers.get(i)));
                assertThat(received.get(i)).isEqualTo(submit.withSequenceNumber(numbers.get(i)));
            }
        }
    }
}
