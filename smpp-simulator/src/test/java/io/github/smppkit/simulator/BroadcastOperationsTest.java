package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BroadcastSm;
import io.github.smppkit.codec.pdu.BroadcastSmResp;
import io.github.smppkit.codec.pdu.CancelBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSm;
import io.github.smppkit.codec.pdu.QueryBroadcastSmResp;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.MessageState;
import io.github.smppkit.session.BindType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** broadcast_sm, query_broadcast_sm and cancel_broadcast_sm (SMPP 5.0) against the simulator. */
class BroadcastOperationsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private static final Bytes AREA_1 = Bytes.fromHex("0031323334");
    private static final Bytes AREA_2 = Bytes.fromHex("0035363738");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);

    private SmppSimulator start() {
        return SmppSimulator.builder().clock(now::get).receiptDelay(Duration.ofMinutes(10)).start();
    }

    private static BroadcastSm broadcast(Tlvs tlvs) {
        return BroadcastSm.builder().source(Esme.FROM).tlvs(tlvs).build();
    }

    private static Tlvs complete() {
        return Tlvs.builder().add(StandardTlvs.BROADCAST_AREA_IDENTIFIER, AREA_1)
                .add(StandardTlvs.BROADCAST_AREA_IDENTIFIER, AREA_2)
                .add(StandardTlvs.BROADCAST_CONTENT_TYPE, Bytes.fromHex("010000"))
                .add(StandardTlvs.BROADCAST_REP_NUM, 3)
                .add(StandardTlvs.BROADCAST_FREQUENCY_INTERVAL, Bytes.fromHex("090005"))
                .add(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of("Storm warning".getBytes(StandardCharsets.US_ASCII)))
                .build();
    }

    private static QueryBroadcastSmResp query(Esme esme, String id) {
        return esme.session.send(new QueryBroadcastSm(0, id, Esme.FROM, Tlvs.empty()));
    }

    private static CommandStatus cancel(Esme esme, String id) {
        return esme.session.send(new CancelBroadcastSm(0, "", id, Esme.FROM, Tlvs.empty())).status();
    }

    @Test
    void aBroadcastIsUnderWayThenBroadcastToEveryArea() {
        try (SmppSimulator smsc = start(); Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            BroadcastSmResp accepted = esme.session.send(broadcast(complete()));
            assertThat(accepted.status()).isEqualTo(CommandStatus.ESME_ROK);
            String id = accepted.messageId();
            assertThat(id).isNotEmpty();

            QueryBroadcastSmResp underWay = query(esme, id);
            assertThat(underWay.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(underWay.messageId()).isEqualTo(id);
            assertThat(underWay.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(MessageState.ENROUTE.value());
            assertThat(underWay.tlvs().getAll(StandardTlvs.BROADCAST_AREA_IDENTIFIER)).containsExactly(AREA_1, AREA_2);
            assertThat(underWay.tlvs().getAll(StandardTlvs.BROADCAST_AREA_SUCCESS)).containsExactly(255, 255);

            now.set(T0.plus(Duration.ofHours(1)));
            QueryBroadcastSmResp done = query(esme, id);
            assertThat(done.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(MessageState.DELIVERED.value());
            assertThat(done.tlvs().getAll(StandardTlvs.BROADCAST_AREA_SUCCESS)).containsExactly(100, 100);
            assertThat(cancel(esme, id)).isEqualTo(CommandStatus.ESME_RBCASTCANCELFAIL);
        }
    }

    @Test
    void aBroadcastCancelledWhileUnderWayIsReportedDeleted() {
        try (SmppSimulator smsc = start(); Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            String id = esme.session.send(broadcast(complete())).messageId();
            assertThat(cancel(esme, id)).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(cancel(esme, id)).isEqualTo(CommandStatus.ESME_RBCASTCANCELFAIL);
            assertThat(query(esme, id).tlvs().get(StandardTlvs.MESSAGE_STATE))
                    .contains(MessageState.DELETED.value());
        }
    }

    @Test
    void unknownIdsOtherSourcesAndOtherKindsFail() {
        try (SmppSimulator smsc = start(); Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            String broadcastId = esme.session.send(broadcast(complete())).messageId();
            String messageId = esme.send(Esme.submit("Hello", false)).messageId();

            assertThat(query(esme, "no-such-id").status()).isEqualTo(CommandStatus.ESME_RBCASTQUERYFAIL);
            assertThat(query(esme, messageId).status()).isEqualTo(CommandStatus.ESME_RBCASTQUERYFAIL);
            assertThat(esme.session.send(new QueryBroadcastSm(0, broadcastId, Esme.TO, Tlvs.empty())).status())
                    .isEqualTo(CommandStatus.ESME_RBCASTQUERYFAIL);
            assertThat(esme.session.send(new QuerySm(0, broadcastId, Esme.FROM, Tlvs.empty())).status())
                    .isEqualTo(CommandStatus.ESME_RQUERYFAIL);
            assertThat(cancel(esme, messageId)).isEqualTo(CommandStatus.ESME_RBCASTCANCELFAIL);
        }
    }

    @Test
    void aBroadcastWithoutItsMandatoryTlvsIsRefused() {
        try (SmppSimulator smsc = start(); Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            for (int missing : List.of(0x0606, 0x0601, 0x0604, 0x0605)) {
                BroadcastSmResp r = esme.session.send(broadcast(complete().without(missing)));
                assertThat(r.status()).as("without 0x%04X", missing).isEqualTo(CommandStatus.ESME_RMISSINGTLV);
            }
        }
    }
}
