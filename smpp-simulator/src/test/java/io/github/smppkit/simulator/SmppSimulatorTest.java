package io.github.smppkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DataSm;
import io.github.smppkit.codec.pdu.DataSmResp;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.text.LongMessageCarrier;
import io.github.smppkit.codec.text.MessageParts;
import io.github.smppkit.codec.text.MessagePlan;
import io.github.smppkit.codec.text.Reassembler;
import io.github.smppkit.codec.text.ReassemblyResult;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.MessageState;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptFormatter;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.session.SmppStatusException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmppSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String LONG_GSM = "Long GSM text with extension characters {like} [these] and the euro sign €, "
            + "repeated to need several parts. ".repeat(4);
    private static final String LONG_UCS2 = "Ünïcödé with emoji 😀🎉 needs UCS-2 and several parts. ".repeat(3);

    @Test
    void transceiverGetsIdReceiptAndTheSimulatorReportsTheText() throws Exception {
        List<SimulatorEvent> events = new CopyOnWriteArrayList<>(); // read while the listener may add
        try (SmppSimulator smsc = SmppSimulator.builder().listener(events::add).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            SubmitSmResp resp = esme.send(Esme.submit("Hello world", true));
            assertThat(resp.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(resp.messageId()).isEqualTo("1");

            DeliveryReceipt receipt = esme.nextReceipt();
            assertThat(receipt.messageId()).isEqualTo("1");
            assertThat(receipt.state()).isEqualTo(ReceiptState.DELIVRD);
            assertThat(receipt.text()).isEqualTo("Hello world");

            List<SimulatorEvent.MessageReceived> messages = smsc.awaitMessages(1, WAIT);
            SimulatorEvent.MessageReceived m = messages.get(0);
            assertThat(m.text()).isEqualTo("Hello world");
            assertThat(m.parts()).isEqualTo(1);
            assertThat(m.encoding()).isEqualTo("gsm7");
            assertThat(m.source()).isEqualTo(Esme.FROM.value());
            assertThat(m.destination()).isEqualTo(Esme.TO.value());
            assertThat(smsc.received().submits()).extracting(SimulatorEvent.SubmitReceived::messageId)
                    .containsExactly("1");
            SimulatorStats stats = smsc.stats();
            assertThat(stats.binds()).isEqualTo(1);
            assertThat(stats.submits()).isEqualTo(1);
            assertThat(stats.messages()).isEqualTo(1);
            assertThat(stats.receiptsSent()).isEqualTo(1);
            assertThat(events).extracting(SimulatorEvent::event)
                    .containsSubsequence("bound", "submit", "message", "receipt");
        }
    }

    @Test
    void anSmpp33BindGetsItsReceiptsAsTextAlone() throws Exception {
        // found against Net::SMPP: the receipt TLVs made every deliver_sm to a 3.3 bind fail, retried for ever
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER, InterfaceVersion.V33)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(esme.send(Esme.submit("Hello " + i, true)).messageId());
            }
            List<String> receipted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                DeliverSm d = esme.next();
                assertThat(d.tlvs().isEmpty()).isTrue();
                DeliveryReceipt receipt = ReceiptExtractor.standard().extract(d).asOptional().orElseThrow();
                assertThat(receipt.state()).isEqualTo(ReceiptState.DELIVRD);
                receipted.add(receipt.messageId());
            }
            assertThat(receipted).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(esme.delivered.poll(500, TimeUnit.MILLISECONDS)).as("one receipt per message").isNull();
            assertThat(smsc.stats().receiptsSent()).isEqualTo(3);
        }
    }

    @Test
    void aBindWithVersionZeroCanBeTakenAs34AndGetsTheReceiptTlvs() throws Exception {
        // found against larvitsmpp: it binds with interface_version 0 and refuses receipts without message_state
        try (SmppSimulator smsc = SmppSimulator.builder().lowVersionBindsAs(InterfaceVersion.V34).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER, InterfaceVersion.of(0))) {
            String id = esme.send(Esme.submit("Hello", true)).messageId();
            DeliverSm d = esme.next();
            assertThat(d.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID)).contains(id);
            assertThat(d.tlvs().get(StandardTlvs.MESSAGE_STATE)).contains(MessageState.DELIVERED.value());
        }
    }

    @ParameterizedTest
    @EnumSource(value = LongMessageCarrier.class, names = {"UDH_8BIT_REFERENCE", "UDH_16BIT_REFERENCE", "SAR"})
    void longMessagesAreReassembledAndEachPartGetsItsIdAndReceipt(LongMessageCarrier carrier) throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            List<SubmitSm> gsm = Esme.parts(LONG_GSM, carrier, true);
            List<SubmitSm> ucs2 = Esme.parts(LONG_UCS2, carrier, true).stream()
                    .map(p -> p.toBuilder().destination(Esme.FROM).build()).collect(Collectors.toList());
            assertThat(gsm).hasSizeGreaterThan(1);
            assertThat(ucs2).hasSizeGreaterThan(1);
            List<SubmitSmResp> resps = new ArrayList<>(esme.send(gsm));
            resps.addAll(esme.send(ucs2));

            assertThat(resps).allMatch(r -> r.status().isOk());
            Set<String> ids = resps.stream().map(SubmitSmResp::messageId).collect(Collectors.toSet());
            assertThat(ids).hasSize(gsm.size() + ucs2.size());
            List<SimulatorEvent.MessageReceived> messages = smsc.awaitMessages(2, WAIT);
            assertThat(messages).extracting(SimulatorEvent.MessageReceived::text).containsExactly(LONG_GSM, LONG_UCS2);
            assertThat(messages).extracting(SimulatorEvent.MessageReceived::parts)
                    .containsExactly(gsm.size(), ucs2.size());
            assertThat(messages).extracting(SimulatorEvent.MessageReceived::encoding).containsExactly("gsm7", "ucs2");
            // Each part's receipt quotes the start of that part's own text.
            List<MessagePlan.Segment> segments = new ArrayList<>(Esme.plan(LONG_GSM, carrier).segments());
            segments.addAll(Esme.plan(LONG_UCS2, carrier).segments());
            Map<String, String> expectedText = new HashMap<>();
            for (int i = 0; i < resps.size(); i++) {
                expectedText.put(resps.get(i).messageId(), quoted(ReceiptFormatter.excerpt(segments.get(i).text())));
            }
            Map<String, String> receiptText = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                DeliveryReceipt r = esme.nextReceipt();
                receiptText.put(r.messageId(), r.text());
            }
            assertThat(receiptText).isEqualTo(expectedText);
        }
    }

    @Test
    void theSameLongMessageSubmittedTwiceUnderOneReferenceIsTwoMessages() throws Exception {
        // each submit_sm is a submission: an SMSC does not take a repeated part for a late duplicate
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            List<SubmitSm> parts = Esme.parts(LONG_GSM, LongMessageCarrier.UDH_8BIT_REFERENCE, false);
            assertThat(esme.send(parts)).allMatch(r -> r.status().isOk());
            assertThat(esme.send(parts)).allMatch(r -> r.status().isOk());
            assertThat(smsc.awaitMessages(2, WAIT)).extracting(SimulatorEvent.MessageReceived::text)
                    .containsExactly(LONG_GSM, LONG_GSM);
        }
    }

    /** A receipt's text: as the simulator writes it, Latin-1 with '?' for other chars; as parsed, unpadded. */
    private static String quoted(String excerpt) {
        StringBuilder sb = new StringBuilder();
        excerpt.codePoints().forEach(c -> sb.append(c < 0x100 ? (char) c : '?'));
        return sb.toString().strip();
    }

    @Test
    void messagePayloadInSubmitSmAndDataSmIsOneCompleteMessage() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            List<SubmitSm> parts = Esme.parts(LONG_GSM, LongMessageCarrier.MESSAGE_PAYLOAD, false);
            assertThat(parts).hasSize(1);
            assertThat(esme.send(parts.get(0)).status()).isEqualTo(CommandStatus.ESME_ROK);
            DataSm dataSm = DataSm.builder().source(Esme.FROM).destination(Esme.TO)
                    .registeredDelivery(RegisteredDelivery.ON_SUCCESS)
                    .tlvs(Tlvs.empty().with(StandardTlvs.MESSAGE_PAYLOAD,
                            io.github.smppkit.codec.type.Bytes.of("data sm payload".getBytes(StandardCharsets.US_ASCII))))
                    .build();
            DataSmResp dataResp = esme.session.send(dataSm);
            assertThat(dataResp.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(dataResp.messageId()).isEqualTo("2");

            List<SimulatorEvent.MessageReceived> messages = smsc.awaitMessages(2, WAIT);
            assertThat(messages).extracting(SimulatorEvent.MessageReceived::text)
                    .containsExactly(LONG_GSM, "data sm payload");
            assertThat(messages).extracting(SimulatorEvent.MessageReceived::parts).containsExactly(1, 1);
            assertThat(esme.nextReceipt().messageId()).isEqualTo("2");
        }
    }

    @Test
    void transmitterSubmitsAndReceiverOfTheSameSystemIdGetsTheReceipt() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().receiptStates(
                destination -> destination.endsWith("2") ? ReceiptState.UNDELIV : ReceiptState.DELIVRD).start();
                Esme tx = Esme.bind(smsc, BindType.TRANSMITTER);
                Esme rx = Esme.bind(smsc, BindType.RECEIVER)) {
            String id = tx.send(Esme.submit("to a failing number", true)).messageId();
            DeliveryReceipt receipt = rx.nextReceipt();
            assertThat(receipt.messageId()).isEqualTo(id);
            assertThat(receipt.state()).isEqualTo(ReceiptState.UNDELIV);
            assertThat(receipt.stat()).isEqualTo("UNDELIV");
            assertThat(tx.delivered).isEmpty();
        }
    }

    @Test
    void receiptWaitsForAReceiverWhenOnlyATransmitterIsBound() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().start()) {
            String id;
            try (Esme tx = Esme.bind(smsc, BindType.TRANSMITTER)) {
                id = tx.send(Esme.submit("held", true)).messageId();
            }
            try (Esme rx = Esme.bind(smsc, BindType.RECEIVER)) {
                assertThat(rx.nextReceipt().messageId()).isEqualTo(id);
            }
        }
    }

    @Test
    void failureOnlyReceiptIsNotSentForADeliveredMessage() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder()
                .receiptStates(d -> d.equals("1") ? ReceiptState.REJECTD : ReceiptState.DELIVRD).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            SubmitSm delivered = Esme.submit("ok", false).toBuilder()
                    .registeredDelivery(RegisteredDelivery.ON_FAILURE).build();
            SubmitSm rejected = delivered.toBuilder().destination(io.github.smppkit.codec.type.Address.of(1, 1, "1"))
                    .build();
            esme.send(delivered);
            String id = esme.send(rejected).messageId();
            DeliveryReceipt receipt = esme.nextReceipt();
            assertThat(receipt.messageId()).isEqualTo(id);
            assertThat(receipt.state()).isEqualTo(ReceiptState.REJECTD);
            assertThat(smsc.stats().receiptsSent()).isEqualTo(1);
        }
    }

    @Test
    void configuredCredentialsRejectUnknownSystemIdAndWrongPassword() {
        try (SmppSimulator smsc = SmppSimulator.builder().credentials(Map.of("esme", "secret")).start()) {
            assertThatThrownBy(() -> Esme.bind(smsc, "other", "secret", BindType.TRANSCEIVER))
                    .isInstanceOfSatisfying(SmppBindException.class,
                            e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVSYSID));
            assertThatThrownBy(() -> Esme.bind(smsc, "esme", "wrong", BindType.TRANSCEIVER))
                    .isInstanceOfSatisfying(SmppBindException.class,
                            e -> assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVPASWD));
            try (Esme ok = Esme.bind(smsc, "esme", "secret", BindType.TRANSCEIVER)) {
                assertThat(ok.session.peerSystemId()).isEqualTo("smppkit-sim");
            }
            assertThat(smsc.stats().bindsRejected()).isEqualTo(2);
            assertThat(smsc.stats().binds()).isEqualTo(1);
        }
    }

    @Test
    void hexMessageIds() {
        try (SmppSimulator smsc = SmppSimulator.builder().messageIdStyle(MessageIdStyle.HEX).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                ids.add(esme.send(Esme.submit("m" + i, false)).messageId());
            }
            assertThat(ids.get(9)).isEqualTo("A");
            assertThat(ids.get(10)).isEqualTo("B");
        }
    }

    @Test
    void moOnDemandIsSplitIntoPartsTheEsmeCanReassemble() throws Exception {
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme rx = Esme.bind(smsc, BindType.RECEIVER)) {
            SimulatorEvent.MoSent sent = smsc.sendMo("4917000000009", "12345", LONG_GSM);
            assertThat(sent.parts()).isGreaterThan(1);
            Reassembler reassembler = Reassembler.builder().build();
            ReassemblyResult result = null;
            for (int i = 0; i < sent.parts(); i++) {
                DeliverSm part = rx.next();
                assertThat(part.source().value()).isEqualTo("4917000000009");
                result = reassembler.accept(MessageParts.inboundPart(part));
            }
            assertThat(result).isInstanceOf(ReassemblyResult.Complete.class);
            assertThat(((ReassemblyResult.Complete) result).message().text()).contains(LONG_GSM);
            assertThat(smsc.stats().moSent()).isEqualTo(1);
        }
    }

    @Test
    void anMoMessageTheEsmeRefusesFailsAndIsReported() throws Exception {
        List<SimulatorEvent> events = new CopyOnWriteArrayList<>();
        try (SmppSimulator smsc = SmppSimulator.builder().listener(events::add).start();
                SmppSession esme = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(smsc.port())
                        .systemId("esme").password("secret").bindType(BindType.RECEIVER)
                        .requestHandler((s, request) -> HandlerResult.answer(
                                request.response(CommandStatus.ESME_RX_P_APPN))).build())) {
            assertThatThrownBy(() -> smsc.sendMo("4917000000009", "12345", LONG_GSM))
                    .isInstanceOf(SmppStatusException.class).hasMessageContaining("ESME_RX_P_APPN");
            assertThat(events).filteredOn(e -> e instanceof SimulatorEvent.Refused)
                    .containsExactly(new SimulatorEvent.Refused(1, "esme", "mo", "", CommandStatus.ESME_RX_P_APPN,
                            false));
            assertThat(events).noneMatch(e -> e instanceof SimulatorEvent.MoSent);
            assertThat(smsc.stats().moSent()).isZero();
        }
    }

    @Test
    void sendMoWithoutReceiverFails() {
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme tx = Esme.bind(smsc, BindType.TRANSMITTER)) {
            assertThatThrownBy(() -> smsc.sendMo("1", "2", "hi")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no receiver");
        }
    }

    @Test
    void moEveryNthMessageRepliesToTheSender() throws Exception {
        CountDownLatch moSent = new CountDownLatch(2);
        try (SmppSimulator smsc = SmppSimulator.builder().moEvery(2).moText("reply").listener(e -> {
            if (e instanceof SimulatorEvent.MoSent) {
                moSent.countDown();
            }
        }).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER)) {
            esme.send(Esme.submit("one", false));
            esme.send(Esme.submit("two", false));
            DeliverSm mo = esme.next();
            assertThat(new String(mo.shortMessage().toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("reply");
            assertThat(mo.source()).isEqualTo(Esme.TO);
            assertThat(mo.destination()).isEqualTo(Esme.FROM);
            esme.send(Esme.submit("three", false));
            esme.send(Esme.submit("four", false));
            esme.next();
            assertThat(moSent.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(smsc.stats().moSent()).isEqualTo(2);
            assertThat(esme.delivered).isEmpty();
        }
    }

    @Test
    void rejectEveryNthAndRejectIfInjectFailures() {
        try (SmppSimulator smsc = SmppSimulator.builder().rejectEvery(3, CommandStatus.ESME_RSYSERR)
                .rejectIf(s -> s.destination().value().equals("999"), CommandStatus.ESME_RINVDSTADR).start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            List<CommandStatus> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(esme.send(Esme.submit("m" + i, false)).status());
            }
            assertThat(statuses).containsExactly(CommandStatus.ESME_ROK, CommandStatus.ESME_ROK,
                    CommandStatus.ESME_RSYSERR, CommandStatus.ESME_ROK, CommandStatus.ESME_ROK,
                    CommandStatus.ESME_RSYSERR);
            SubmitSm bad = Esme.submit("x", false).toBuilder()
                    .destination(io.github.smppkit.codec.type.Address.of(1, 1, "999")).build();
            assertThat(esme.send(bad).status()).isEqualTo(CommandStatus.ESME_RINVDSTADR);
            assertThat(smsc.stats().rejected()).isEqualTo(3);
            assertThat(smsc.stats().submits()).isEqualTo(4);

            smsc.reset();
            assertThat(smsc.stats().rejected()).isZero();
            assertThat(smsc.received().submits()).isEmpty();
            assertThat(esme.send(Esme.submit("after reset", false)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void awaitMessagesTimesOutWithWhatArrived() {
        try (SmppSimulator smsc = SmppSimulator.builder().start();
                Esme esme = Esme.bind(smsc, BindType.TRANSMITTER)) {
            esme.send(Esme.submit("only one", false));
            smsc.awaitMessages(1, WAIT);
            assertThatThrownBy(() -> smsc.awaitMessages(2, Duration.ofMillis(50)))
                    .isInstanceOfSatisfying(SimulatorTimeoutException.class, e -> assertThat(e.arrived())
                            .extracting(SimulatorEvent.MessageReceived::text).containsExactly("only one"));
        }
    }

    @Test
    void unbindIsReported() throws Exception {
        // streamed while the listener adds: a synchronized list's stream is not guarded, this list's is
        List<SimulatorEvent> events = new CopyOnWriteArrayList<>();
        try (SmppSimulator smsc = SmppSimulator.builder().listener(events::add).start()) {
            Esme esme = Esme.bind(smsc, BindType.TRANSCEIVER);
            esme.session.unbind();
            for (int i = 0; i < 100 && events.stream().noneMatch(e -> e instanceof SimulatorEvent.Unbound); i++) {
                Thread.sleep(20);
            }
            assertThat(events).filteredOn(e -> e instanceof SimulatorEvent.Unbound).singleElement()
                    .satisfies(e -> assertThat(((SimulatorEvent.Unbound) e).bindId()).isEqualTo(1));
        }
    }
}
