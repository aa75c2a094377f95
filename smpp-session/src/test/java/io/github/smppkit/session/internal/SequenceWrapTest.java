package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A session numbers its requests 1..0x7FFFFFFF and after 0x7FFFFFFF starts again at 1 (reference §2.3), on the wire
 * and in the answers it matches, not only in {@link Outflow#nextSequence}.
 */
class SequenceWrapTest {

    @Test
    void theNumbersOfASessionWrapFromTheLargestToOne() throws Exception {
        List<Integer> onTheWire = new CopyOnWriteArrayList<>();
        SubmitSm submit = SubmitSm.builder().source(Address.of(1, 1, "4912345"))
                .destination(Address.of(1, 1, "4967890")).build();
        try (SmppServer server = SmppServer.start(SmppServer.builder().requestHandler((session, request) -> {
            if (request.commandId() == CommandId.SUBMIT_SM) {
                onTheWire.add(request.sequenceNumber());
            }
            return HandlerResult.defaultAnswer();
        }).build());
                SmppSession client = SmppClient.connect(SmppClient.builder().host("127.0.0.1")
                        .port(server.localAddress().getPort()).systemId("esme").bindType(BindType.TRANSMITTER)
                        .build())) {
            ((Session) client).outflow().sequenceTakenUpTo(0x7FFFFFFD);
            List<Integer> answered = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answered.add(client.send(submit).sequenceNumber());
            }

            assertThat(onTheWire).containsExactly(0x7FFFFFFE, 0x7FFFFFFF, 1, 2);
            assertThat(answered).containsExactly(0x7FFFFFFE, 0x7FFFFFFF, 1, 2);
        }
    }
}
