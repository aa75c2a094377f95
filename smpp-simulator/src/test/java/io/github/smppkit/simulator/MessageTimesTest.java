package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.MessageState;
import io.github.smppkit.codec.type.SmppTime;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.BindType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** schedule_delivery_time and validity_period (reference §8) as the simulator's MC acts on them. */
class MessageTimesTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);

    private SmppSimulator start(Duration receiptDelay) {
        return SmppSimulator.builder().clock(now::get).receiptState(ReceiptState.DELIVRD).receiptDelay(receiptDelay)
                .start();
    }

    private static SubmitSm submit(String schedule, String validity) {
        return Esme.submit("Hello", false).toBuilder().scheduleDeliveryTime(schedule).validityPeriod(validity)
                .build();
    }

    private static QuerySmResp query(Esme esme, String id) {
        return esme.session.send(new QuerySm(0, id, Esme.FROM, Tlvs.empty()));
    }

    @Test
    void aValidityPeriodThatEndsBeforeDeliveryExpiresTheMessageAtItsEnd() {
        try (SmppSimulator smsc = start(Duration.ofHours(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(submit("", SmppTime.relative(Duration.ofMinutes(10)).format())).messageId();
            assertThat(query(esme, id).messageState()).isEqualTo(MessageState.ENROUTE.value());
            now.set(T0.plus(Duration.ofMinutes(11)));
            QuerySmResp expired = query(esme, id);
            assertThat(expired.messageState()).isEqualTo(MessageState.EXPIRED.value());
            assertThat(expired.finalDate()).isEqualTo("261124081000000+");
            assertThat(expired.errorCode()).isEqualTo(1);
        }
    }

    @Test
    void aValidityThatEndedBeforeTheMessageCameIsTakenAndExpiresAtOnce() {
        try (SmppSimulator smsc = start(Duration.ofMinutes(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            SubmitSmResp resp = esme.send(submit("", "261124075959000+"));
            assertThat(resp.status()).isEqualTo(CommandStatus.ESME_ROK);
            QuerySmResp expired = query(esme, resp.messageId());
            assertThat(expired.messageState()).isEqualTo(MessageState.EXPIRED.value());
            assertThat(expired.finalDate()).isEqualTo("261124080000000+");
        }
    }

    @Test
    void aValidityPeriodLongerThanTheDelayChangesNothing() {
        try (SmppSimulator smsc = start(Duration.ofMinutes(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(submit("", SmppTime.absolute(T0.plus(Duration.ofDays(2))).format())).messageId();
            now.set(T0.plus(Duration.ofMinutes(2)));
            QuerySmResp delivered = query(esme, id);
            assertThat(delivered.messageState()).isEqualTo(MessageState.DELIVERED.value());
            assertThat(delivered.finalDate()).isEqualTo("261124080100000+");
        }
    }

    @Test
    void aDataSmWhoseTimeToLiveEndsBeforeDeliveryExpires() {
        try (SmppSimulator smsc = start(Duration.ofHours(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            DataSm shortLived = DataSm.builder().source(Esme.FROM).destination(Esme.TO)
                    .tlvs(Tlvs.empty().with(StandardTlvs.QOS_TIME_TO_LIVE, 600)).build();
            DataSm longLived = shortLived.toBuilder()
                    .tlvs(Tlvs.empty().with(StandardTlvs.QOS_TIME_TO_LIVE, 7200)).build();
            String expiring = esme.session.send(shortLived).messageId();
            String delivered = esme.session.send(longLived).messageId();
            now.set(T0.plus(Duration.ofMinutes(61)));
            QuerySmResp expired = query(esme, expiring);
            assertThat(expired.messageState()).isEqualTo(MessageState.EXPIRED.value());
            assertThat(expired.finalDate()).isEqualTo("261124081000000+");
            assertThat(query(esme, delivered).messageState()).isEqualTo(MessageState.DELIVERED.value());
        }
    }

    @Test
    void aScheduledMessageIsDeliveredAfterItsTimeAndStaysEnRouteUntilThen() {
        try (SmppSimulator smsc = start(Duration.ofMinutes(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            // 10:00 at UTC+1 is 09:00Z
            String id = esme.send(submit("261124100000004+", "")).messageId();
            now.set(T0.plus(Duration.ofMinutes(30)));
            assertThat(query(esme, id).messageState()).isEqualTo(MessageState.ENROUTE.value());
            now.set(T0.plus(Duration.ofMinutes(62)));
            QuerySmResp delivered = query(esme, id);
            assertThat(delivered.messageState()).isEqualTo(MessageState.DELIVERED.value());
            assertThat(delivered.finalDate()).isEqualTo("261124090100000+");
        }
    }

    @Test
    void theReceiptOfAnExpiredMessageSaysExpiredAndComesAtTheEndOfItsValidity() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().receiptDelay(Duration.ofMinutes(5)).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            SubmitSm s = Esme.submit("Hello", true).toBuilder()
                    .validityPeriod(SmppTime.relative(Duration.ofSeconds(1)).format()).build();
            String id = esme.send(s).messageId();
            DeliveryReceipt receipt = esme.nextReceipt();
            assertThat(receipt.receiptedMessageId()).contains(id);
            assertThat(receipt.state()).isEqualTo(ReceiptState.EXPIRED);
        }
    }

    @Test
    void timeFieldsAnMcCannotActOnAreRefusedWithTheirStatus() {
        try (SmppSimulator smsc = start(Duration.ZERO);
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            assertThat(esme.send(submit("", "26112408000000+R")).status()).isEqualTo(CommandStatus.ESME_RINVEXPIRY);
            assertThat(esme.send(submit("2611240800000x0+", "")).status()).isEqualTo(CommandStatus.ESME_RINVSCHED);
            SubmitMulti multi = SubmitMulti.builder().source(Esme.FROM).destAddresses(List.of(new SmeAddress(Esme.TO)))
                    .validityPeriod("991324000000000+").shortMessage(Esme.submit("Hi", false).shortMessage()).build();
            assertThat(esme.session.send(multi).status()).isEqualTo(CommandStatus.ESME_RINVEXPIRY);
            assertThat(smsc.stats().rejected()).isEqualTo(3);
        }
    }
}
