package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.UnbindResp;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A graceful unbind answers the peer's requests before it sends unbind: a peer that closes on unbind reads nothing
 * after it, and would send an unanswered deliver_sm (a receipt, say) again on the next bind.
 */
class UnbindOrderTest {

    /** The handler has seen the deliver_sm, and unbind is called while its answer is still to come. */
    @Test
    void deferredAnswerGoesOutBeforeUnbind() throws Exception {
        ScheduledExecutorService answerer = Executors.newSingleThreadScheduledExecutor();
        try {
            List<CommandId> received = unbindWhileAnswering((session, request, seen) -> {
                seen.countDown();
                answerer.schedule(() -> session.respond(DeliverSmResp.ok(request.sequenceNumber(), "")), 200,
                        TimeUnit.MILLISECONDS);
                return HandlerResult.deferred();
            });
            assertThat(received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.DELIVER_SM_RESP,
                    CommandId.UNBIND);
        } finally {
            answerer.shutdownNow();
        }
    }

    /** The handler lets the session answer, but returns only after unbind is called. */
    @Test
    void defaultAnswerOfASlowHandlerGoesOutBeforeUnbind() throws Exception {
        List<CommandId> received = unbindWhileAnswering((session, request, seen) -> {
            seen.countDown();
            Thread.sleep(200);
            return HandlerResult.defaultAnswer();
        });
        assertThat(received).containsExactly(CommandId.BIND_TRANSCEIVER, CommandId.DELIVER_SM_RESP,
                CommandId.UNBIND);
    }

    private interface Handler {
        HandlerResult handle(SmppSession session, Request<?> request, CountDownLatch seen) throws Exception;
    }

    /** Binds to a peer that sends one receipt, unbinds once the handler has it, and returns what the peer read. */
    private static List<CommandId> unbindWhileAnswering(Handler handler) throws Exception {
        List<CommandId> received = new CopyOnWriteArrayList<>();
        CountDownLatch seen = new CountDownLatch(1);
        try (RawPeer peer = new RawPeer((p, pdu) -> {
            received.add(pdu.commandId());
            if (RawPeer.answerBind(p, pdu, true)) {
                p.send(Fixtures.receipt("1").withSequenceNumber(1));
            } else if (pdu.commandId() == CommandId.UNBIND) {
                p.send(UnbindResp.of(pdu.sequenceNumber(), CommandStatus.ESME_ROK));
            }
            return true;
        }); SmppSession s = SmppClient.connect(peer.client().bindType(BindType.TRANSCEIVER)
                .requestHandler((session, request) -> handler.handle(session, request, seen)).build())) {
            assertThat(seen.await(20, TimeUnit.SECONDS)).isTrue();
            s.unbind();
            assertThat(s.state()).isEqualTo(SessionState.CLOSED);
        }
        return received;
    }
}
