package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.AlertNotification;
import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindTransmitterResp;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.Notification;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An SMSC's alert_notification reaches the client's handler, which may throw without harm to the session. */
class AlertNotificationTest {

    private static final AlertNotification ALERT = new AlertNotification(5, Address.of(1, 1, "4912345"),
            Address.of(1, 1, "4967890"), Tlvs.empty().with(StandardTlvs.MS_AVAILABILITY_STATUS, 0));

    /** Records what reaches it; notification() throws after recording. */
    private static final class ThrowingOnNotification implements RequestHandler {
        final List<Pdu> seen = new CopyOnWriteArrayList<>();

        @Override
        public HandlerResult handle(SmppSession session, Request<?> request) {
            seen.add(request);
            return HandlerResult.defaultAnswer();
        }

        @Override
        public void notification(SmppSession session, Notification notification) {
            seen.add(notification);
            throw new IllegalStateException("notification handler failed");
        }
    }

    @Test
    void aThrowingNotificationHandlerSawTheAlertAndTheNextDeliverSmIsAnswered() throws Exception {
        ThrowingOnNotification handler = new ThrowingOnNotification();
        BlockingQueue<Pdu> answers = new LinkedBlockingQueue<>();
        try (RawPeer smsc = new RawPeer((peer, pdu) -> {
            if (RawPeer.answerBind(peer, pdu, true)) {
                peer.send(ALERT);
                peer.send(Fixtures.receipt("7").withSequenceNumber(6));
            } else {
                answers.add(pdu);
            }
            return true;
        }); SmppSession s = SmppClient.connect(smsc.client().bindType(BindType.TRANSCEIVER)
                .requestHandler(handler).build())) {
            Pdu answer = answers.poll(30, TimeUnit.SECONDS);
            assertThat(answer).isInstanceOf(DeliverSmResp.class);
            assertThat(((DeliverSmResp) answer).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(answer.sequenceNumber()).isEqualTo(6);
            assertThat(handler.seen).extracting(Pdu::commandId)
                    .containsExactly(CommandId.ALERT_NOTIFICATION, CommandId.DELIVER_SM);
            assertThat(handler.seen.get(0)).isEqualTo(ALERT);
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void aTransmitterGetsTheAlertTooLeniently() throws Exception {
        // reference §2.7 has alert_notification for RX and TRX binds; one sent to a TX bind still reaches the handler
        ThrowingOnNotification handler = new ThrowingOnNotification();
        BlockingQueue<Pdu> answers = new LinkedBlockingQueue<>();
        try (RawPeer smsc = new RawPeer((peer, pdu) -> {
            if (pdu instanceof Bind) {
                peer.send(new BindTransmitterResp(pdu.sequenceNumber(), CommandStatus.ESME_ROK, "raw",
                        Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34)));
                peer.send(ALERT);
                peer.send(new EnquireLink(6));
            } else {
                answers.add(pdu);
            }
            return true;
        }); SmppSession s = SmppClient.connect(smsc.client().bindType(BindType.TRANSMITTER)
                .requestHandler(handler).build())) {
            // read in order: once enquire_link is answered, the alert before it has been handed over
            Pdu answer = answers.poll(30, TimeUnit.SECONDS);
            assertThat(answer).isInstanceOf(EnquireLinkResp.class);
            assertThat(answer.sequenceNumber()).isEqualTo(6);
            assertThat(handler.seen).containsExactly(ALERT);
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }
}
