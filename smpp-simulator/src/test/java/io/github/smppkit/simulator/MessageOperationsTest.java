package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smppkit.codec.pdu.CancelSm;
import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.DistributionList;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.QuerySm;
import io.github.smppkit.codec.pdu.QuerySmResp;
import io.github.smppkit.codec.pdu.ReplaceSm;
import io.github.smppkit.codec.pdu.SmeAddress;
import io.github.smppkit.codec.pdu.SubmitMulti;
import io.github.smppkit.codec.pdu.SubmitMultiResp;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.UnsuccessSme;
import io.github.smppkit.codec.text.LongMessageCarrier;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.MessageState;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.BindType;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** submit_multi, query_sm, cancel_sm and replace_sm against the simulator, and the destination every SMSC needs. */
class MessageOperationsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);

    private SmppSimulator start(ReceiptState finalState, Duration receiptDelay) {
        return SmppSimulator.builder().clock(now::get).receiptState(finalState).receiptDelay(receiptDelay).start();
    }

    private static QuerySmResp query(Esme esme, String id, Address source) {
        return esme.session.send(new QuerySm(0, id, source, Tlvs.empty()));
    }

    private static CommandStatus cancel(Esme esme, String id) {
        return esme.session.send(new CancelSm(0, "", id, Esme.FROM, Esme.TO, Tlvs.empty())).status();
    }

    @Test
    void queryFollowsAMessageFromEnRouteToItsFinalState() {
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ofHours(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            String id = esme.send(Esme.submit("Hello", true)).messageId();

            QuerySmResp enRoute = query(esme, id, Esme.FROM);
            assertThat(enRoute.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(enRoute.messageId()).isEqualTo(id);
            assertThat(enRoute.messageState()).isEqualTo(MessageState.ENROUTE.value());
            assertThat(enRoute.finalDate()).isEmpty();

            now.set(T0.plus(Duration.ofHours(2)));
            QuerySmResp delivered = query(esme, id, Esme.FROM);
            assertThat(delivered.messageState()).isEqualTo(MessageState.DELIVERED.value());
            assertThat(delivered.finalDate()).isEqualTo("261124090000000+");
            assertThat(delivered.errorCode()).isZero();
        }
    }

    @Test
    void queryReportsAnUndeliverableMessageWithAnErrorCode() {
        try (SmppSimulator smsc = start(ReceiptState.UNDELIV, Duration.ZERO);
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(Esme.submit("Hello", false)).messageId();
            QuerySmResp r = query(esme, id, Esme.FROM);
            assertThat(r.messageState()).isEqualTo(MessageState.UNDELIVERABLE.value());
            assertThat(r.errorCode()).isEqualTo(1);
        }
    }

    @Test
    void queryForAnUnknownIdOrAnotherSourceFails() {
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ZERO);
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(Esme.submit("Hello", false)).messageId();
            assertThat(query(esme, "no-such-id", Esme.FROM).status()).isEqualTo(CommandStatus.ESME_RQUERYFAIL);
            assertThat(query(esme, id, Esme.TO).status()).isEqualTo(CommandStatus.ESME_RQUERYFAIL);
            assertThat(query(esme, id, Address.of(0, 0, "")).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aCancelledMessageGetsNoReceiptAndReportsDeleted() throws Exception {
        // Real time here: the receipts must come due while the test waits.
        try (SmppSimulator smsc = SmppSimulator.builder().receiptDelay(Duration.ofMillis(300)).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            String cancelled = esme.send(Esme.submit("cancel me", true)).messageId();
            String kept = esme.send(Esme.submit("keep me", true)).messageId();

            assertThat(cancel(esme, cancelled)).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(cancel(esme, cancelled)).isEqualTo(CommandStatus.ESME_RCANCELFAIL);
            assertThat(cancel(esme, "no-such-id")).isEqualTo(CommandStatus.ESME_RCANCELFAIL);
            assertThat(query(esme, cancelled, Esme.FROM).messageState()).isEqualTo(MessageState.DELETED.value());

            assertThat(esme.nextReceipt().messageId()).isEqualTo(kept);
            // Both receipts were due at the same moment: the cancelled one would have come with the other.
            DeliverSm late = esme.delivered.poll(500, TimeUnit.MILLISECONDS);
            assertThat(late).isNull();
            assertThat(cancel(esme, kept)).isEqualTo(CommandStatus.ESME_RCANCELFAIL);
        }
    }

    @Test
    void aCancelWithoutMessageIdCancelsEveryMessageFromSourceToDestinationStillEnRoute() {
        Address other = Address.of(1, 1, "4917000000003");
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ofHours(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String plain = esme.send(Esme.submit("one", false)).messageId();
            String cmt = esme.send(Esme.submit("two", false).toBuilder().serviceType("CMT").build()).messageId();
            String elsewhere = esme.send(Esme.submit("three", false).toBuilder().destination(other).build())
                    .messageId();

            assertThat(cancelAll(esme, "WAP")).as("no message of that service_type").isEqualTo(
                    CommandStatus.ESME_RCANCELFAIL);
            assertThat(cancelAll(esme, "CMT")).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(query(esme, cmt, Esme.FROM).messageState()).isEqualTo(MessageState.DELETED.value());
            assertThat(query(esme, plain, Esme.FROM).messageState()).isEqualTo(MessageState.ENROUTE.value());
            assertThat(cancelAll(esme, "")).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(query(esme, plain, Esme.FROM).messageState()).isEqualTo(MessageState.DELETED.value());
            assertThat(query(esme, elsewhere, Esme.FROM).messageState()).isEqualTo(MessageState.ENROUTE.value());
            assertThat(cancelAll(esme, "")).as("none left en route").isEqualTo(CommandStatus.ESME_RCANCELFAIL);
        }
    }

    private static CommandStatus cancelAll(Esme esme, String serviceType) {
        return esme.session.send(new CancelSm(0, serviceType, "", Esme.FROM, Esme.TO, Tlvs.empty())).status();
    }

    @Test
    void replaceChangesAMessageEnRouteAndItsTimesWhereItSetsThem() {
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ofMinutes(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(Esme.submit("Hello", false).toBuilder()
                    .validityPeriod("000000020000000R").build()).messageId();
            // a new schedule (10:00 at UTC+1, 09:00Z); the validity of 2 hours is kept, counted from the submission
            ReplaceSm later = ReplaceSm.builder().messageId(id).source(Esme.FROM)
                    .scheduleDeliveryTime("261124100000004+")
                    .shortMessage(Bytes.of("Bye".getBytes(StandardCharsets.US_ASCII))).build();
            assertThat(esme.session.send(later).status()).isEqualTo(CommandStatus.ESME_ROK);
            now.set(T0.plus(Duration.ofMinutes(30)));
            assertThat(query(esme, id, Esme.FROM).messageState()).isEqualTo(MessageState.ENROUTE.value());
            now.set(T0.plus(Duration.ofMinutes(62)));
            QuerySmResp delivered = query(esme, id, Esme.FROM);
            assertThat(delivered.messageState()).isEqualTo(MessageState.DELIVERED.value());
            assertThat(delivered.finalDate()).isEqualTo("261124090100000+");

            // a validity the replacement sets counts from the replacement: 10 minutes from 09:02 ends before 10:00
            String second = esme.send(Esme.submit("Hello", false)).messageId();
            ReplaceSm shortLived = ReplaceSm.builder().messageId(second).source(Esme.FROM)
                    .scheduleDeliveryTime("261124110000004+").validityPeriod("000000001000000R")
                    .shortMessage(Bytes.of("Hi".getBytes(StandardCharsets.US_ASCII))).build();
            assertThat(esme.session.send(shortLived).status()).isEqualTo(CommandStatus.ESME_ROK);
            now.set(T0.plus(Duration.ofHours(2)));
            QuerySmResp expired = query(esme, second, Esme.FROM);
            assertThat(expired.messageState()).isEqualTo(MessageState.EXPIRED.value());
            assertThat(expired.finalDate()).isEqualTo("261124091200000+");
        }
    }

    @Test
    void theReceiptOfAReplacedMessageQuotesTheNewTextAndComesOnce() throws Exception {
        // Real time here: the receipt must come due while the test waits.
        try (SmppSimulator smsc = SmppSimulator.builder().receiptDelay(Duration.ofMillis(300)).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            String id = esme.send(Esme.submit("Old text", true)).messageId();
            ReplaceSm replace = ReplaceSm.builder().messageId(id).source(Esme.FROM)
                    .registeredDelivery(RegisteredDelivery.ON_SUCCESS_OR_FAILURE)
                    .shortMessage(Bytes.of("New text".getBytes(StandardCharsets.US_ASCII))).build();
            assertThat(esme.session.send(replace).status()).isEqualTo(CommandStatus.ESME_ROK);
            DeliveryReceipt receipt = esme.nextReceipt();
            assertThat(receipt.receiptedMessageId()).contains(id);
            assertThat(receipt.text()).isEqualTo("New text");
            assertThat(esme.delivered.poll(700, TimeUnit.MILLISECONDS)).as("one receipt").isNull();
        }
    }

    @Test
    void replaceFailsForAMessageDeliveredUnknownOrNotASubmitSmAndAnEmptyDestinationIsRefused() {
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ZERO);
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(Esme.submit("Hello", false)).messageId();
            ReplaceSm replace = ReplaceSm.builder().messageId(id).source(Esme.FROM).build();
            assertThat(esme.session.send(replace).status()).as("delivered at once")
                    .isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            assertThat(esme.send(Esme.submit("Hello", false).toBuilder().destination(Address.of(1, 1, "")).build())
                    .status()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
        }
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ofHours(1));
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            String id = esme.send(Esme.submit("Hello", false)).messageId();
            assertThat(esme.session.send(ReplaceSm.builder().messageId(id).source(Esme.TO).build()).status())
                    .as("another source").isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            assertThat(esme.session.send(ReplaceSm.builder().messageId("no-such-id").source(Esme.FROM).build())
                    .status()).isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            String data = esme.session.send(DataSm.builder().source(Esme.FROM).destination(Esme.TO).build())
                    .messageId();
            assertThat(esme.session.send(ReplaceSm.builder().messageId(data).source(Esme.FROM).build()).status())
                    .as("a data_sm").isEqualTo(CommandStatus.ESME_RREPLACEFAIL);
            assertThat(esme.session.send(ReplaceSm.builder().messageId(id).source(Esme.FROM)
                    .validityPeriod("2611240800000x0+").build()).status()).isEqualTo(CommandStatus.ESME_RINVEXPIRY);
        }
    }

    @Test
    void submitMultiDeliversToEachSmeUnderOneIdAndListsWhatItCannot() throws Exception {
        Address second = Address.of(1, 1, "4917000000003");
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            SubmitMulti multi = SubmitMulti.builder().source(Esme.FROM)
                    .destAddresses(List.of(new SmeAddress(Esme.TO), new DistributionList("friends"),
                            new SmeAddress(second), new SmeAddress(Address.of(1, 1, ""))))
                    .registeredDelivery(RegisteredDelivery.ON_SUCCESS)
                    .shortMessage(Bytes.of("to many".getBytes(StandardCharsets.US_ASCII))).build();
            SubmitMultiResp resp = esme.session.send(multi);

            assertThat(resp.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(resp.messageId()).isNotEmpty();
            assertThat(resp.unsuccessSmes()).containsExactly(
                    new UnsuccessSme(Address.of(0, 0, "friends"), CommandStatus.ESME_RINVDLNAME),
                    new UnsuccessSme(Address.of(1, 1, ""), CommandStatus.ESME_RINVDSTADR));
            assertThat(smsc.awaitMessages(2, Duration.ofSeconds(10)))
                    .extracting(SimulatorEvent.MessageReceived::destination, SimulatorEvent.MessageReceived::text)
                    .containsExactlyInAnyOrder(tuple(Esme.TO.value(), "to many"),
                            tuple(second.value(), "to many"));
            DeliveryReceipt first = esme.nextReceipt();
            DeliveryReceipt other = esme.nextReceipt();
            assertThat(List.of(first.messageId(), other.messageId())).containsOnly(resp.messageId());
            assertThat(query(esme, resp.messageId(), Esme.FROM).messageState())
                    .isEqualTo(MessageState.DELIVERED.value());
        }
    }

    @Test
    void longSubmitMultiWithSarTlvsIsReassembledForEachDestination() {
        Address second = Address.of(1, 1, "4917000000003");
        String text = "A long text sent to several numbers, split into parts numbered by SAR TLVs. ".repeat(4);
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            List<SubmitSm> parts = Esme.parts(text, LongMessageCarrier.SAR, false);
            assertThat(parts).hasSizeGreaterThan(1);
            for (SubmitSm p : parts) {
                SubmitMulti multi = SubmitMulti.builder().source(p.source())
                        .destAddresses(List.of(new SmeAddress(Esme.TO), new SmeAddress(second)))
                        .esmClass(p.esmClass()).dataCoding(p.dataCoding()).shortMessage(p.shortMessage())
                        .tlvs(p.tlvs()).build();
                assertThat(esme.session.send(multi).status()).isEqualTo(CommandStatus.ESME_ROK);
            }
            assertThat(smsc.awaitMessages(2, Duration.ofSeconds(10))).extracting(
                    SimulatorEvent.MessageReceived::destination, SimulatorEvent.MessageReceived::text,
                    SimulatorEvent.MessageReceived::parts)
                    .containsExactlyInAnyOrder(tuple(Esme.TO.value(), text, parts.size()),
                            tuple(second.value(), text, parts.size()));
        }
    }

    @Test
    void submitMultiWithNoSmeAddressFails() {
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            SubmitMulti toAList = SubmitMulti.builder().source(Esme.FROM)
                    .destAddresses(List.of(new DistributionList("friends"))).build();
            assertThat(esme.session.send(toAList).status()).isEqualTo(CommandStatus.ESME_RINVDLNAME);
        }
    }

    @Test
    void theOptional33QueriesAreRefusedAsUnsupported() {
        // asked by a 3.3 ESME: from a 3.4 one, the session answers generic_nack before the simulator sees them
        try (SmppSimulator smsc = start(ReceiptState.DELIVRD, Duration.ZERO);
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER, InterfaceVersion.V33)) {
            assertThat(esme.session.send(new ParamRetrieve(0, "max_sm_length", Tlvs.empty())).status())
                    .isEqualTo(CommandStatus.ESME_RINVCMDID);
            assertThat(esme.session.send(new QueryLastMsgs(0, Esme.FROM, 5, Tlvs.empty())).status())
                    .isEqualTo(CommandStatus.ESME_RINVCMDID);
            assertThat(smsc.received().submits()).isEmpty();
        }
    }
}
