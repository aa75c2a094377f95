package io.github.smppkit.it.interop.session;

import static io.github.smppkit.it.interop.session.Interop.HOST;
import static io.github.smppkit.it.interop.session.Interop.WAIT;
import static io.github.smppkit.it.interop.session.Interop.WAIT_MILLIS;
import static io.github.smppkit.it.interop.session.Interop.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SmppSimulator;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.smpp.Data;
import org.smpp.TCPIPConnection;
import org.smpp.pdu.Address;
import org.smpp.pdu.BindResponse;
import org.smpp.pdu.BindTransciever;
import org.smpp.pdu.DataSM;
import org.smpp.pdu.DataSMResp;
import org.smpp.pdu.DeliverSM;
import org.smpp.pdu.PDU;
import org.smpp.pdu.QuerySM;
import org.smpp.pdu.QuerySMResp;
import org.smpp.pdu.SubmitSM;
import org.smpp.pdu.SubmitSMResp;
import org.smpp.smscsim.DeliveryInfoSender;
import org.smpp.smscsim.PDUProcessorGroup;
import org.smpp.smscsim.SMSCListenerImpl;
import org.smpp.smscsim.ShortMessageStore;
import org.smpp.smscsim.SimulatorPDUProcessorFactory;
import org.smpp.smscsim.util.Table;
import org.smpp.util.ByteBuffer;

/**
 * OpenSMPP 3.0.2 (the former Logica library) both ways: its synchronous {@code org.smpp.Session} against our
 * simulator, and our client against its simulator, whose bind response names no interface version and whose
 * receipts write {@code sub:1 err:0} unpadded and address the receipt from and to the message's destination.
 */
class OpenSmppInteropTest {

    private static final String UCS2_TEXT = "Привет, мир";

    @Test
    void theirClientSubmitsQueriesAndGetsReceiptsFromOurSimulator() throws Exception {
        List<SimulatorEvent> events = new CopyOnWriteArrayList<>();
        try (SmppSimulator smsc = SmppSimulator.builder().credential("os", "secret")
                .receiptDelay(Duration.ofMillis(200)).listener(events::add).start()) {
            org.smpp.Session theirs = new org.smpp.Session(connection(smsc.port()));
            BindTransciever bind = new BindTransciever();
            bind.setSystemId("os");
            bind.setPassword("secret");
            bind.setInterfaceVersion((byte) 0x34);
            BindResponse bound = theirs.bind(bind);
            assertThat(bound.getCommandStatus()).isEqualTo(Data.ESME_ROK);
            assertThat(bound.getSystemId()).isEqualTo("smppkit-sim");
            assertThat(bound.getScInterfaceVersion()).isEqualTo((byte) 0x34);

            SubmitSM plain = submit();
            plain.setShortMessage(Interop.SHORT_TEXT, "ASCII");
            plain.setRegisteredDelivery((byte) 1);
            SubmitSMResp first = theirs.submit(plain);
            assertThat(first.getCommandStatus()).isEqualTo(Data.ESME_ROK);
            SubmitSM ucs2 = submit();
            ucs2.setDataCoding((byte) 0x08);
            ucs2.setShortMessage(UCS2_TEXT, "UTF-16BE");
            ucs2.setSarMsgRefNum((short) 7);
            ucs2.setSarTotalSegments((short) 1);
            ucs2.setSarSegmentSeqnum((short) 1);
            assertThat(theirs.submit(ucs2).getCommandStatus()).isEqualTo(Data.ESME_ROK);
            DataSM data = new DataSM();
            data.setSourceAddr(new Address((byte) 1, (byte) 1, Interop.SOURCE.value()));
            data.setDestAddr(new Address((byte) 1, (byte) 1, Interop.DESTINATION.value()));
            data.setMessagePayload(new ByteBuffer("in a payload".getBytes(StandardCharsets.US_ASCII)));
            DataSMResp dataResp = theirs.data(data);
            assertThat(dataResp.getCommandStatus()).isEqualTo(Data.ESME_ROK);
            assertThat(dataResp.getMessageId()).isNotEmpty();

            QuerySM query = new QuerySM();
            query.setMessageId(first.getMessageId());
            query.setSourceAddr(new Address((byte) 1, (byte) 1, Interop.SOURCE.value()));
            QuerySMResp queried = theirs.query(query);
            assertThat(queried.getCommandStatus()).isEqualTo(Data.ESME_ROK);
            assertThat(queried.getMessageId()).isEqualTo(first.getMessageId());
            assertThat(queried.getMessageState()).isIn((byte) 1, (byte) 2); // ENROUTE until the receipt, then DELIVERED
            assertThat(theirs.enquireLink().getCommandStatus()).isEqualTo(Data.ESME_ROK);

            DeliverSM receipt = receiveDeliverSm(theirs);
            assertThat(receipt.getEsmClass()).isEqualTo((byte) 0x04);
            assertThat(receipt.getReceiptedMessageId()).isEqualTo(first.getMessageId());
            assertThat(receipt.getMessageState()).isEqualTo((byte) 2);
            assertThat(receipt.getShortMessage()).startsWith("id:" + first.getMessageId() + " sub:001 dlvrd:001 ")
                    .contains(" stat:DELIVRD err:000 text:" + Interop.SHORT_TEXT);
            theirs.respond(receipt.getResponse());

            List<SimulatorEvent.MessageReceived> messages = smsc.awaitMessages(3, WAIT);
            assertThat(messages).extracting(SimulatorEvent.MessageReceived::text)
                    .containsExactly(Interop.SHORT_TEXT, UCS2_TEXT, "in a payload");
            assertThat(theirs.unbind().getCommandStatus()).isEqualTo(Data.ESME_ROK);
            await("unbind seen by the simulator", () -> events.stream().anyMatch(e -> e.event().equals("unbound")));
        }
    }

    @Test
    void ourClientAgainstTheirSimulatorTakesItAs33UnlessToldAndReadsItsReceipts() throws Exception {
        int port = Interop.freePort();
        SMSCListenerImpl listener = new SMSCListenerImpl(port, true);
        // it notices stop() only between accepts, which wait 60 s by default
        listener.setAcceptTimeout(100);
        DeliveryInfoSender receipts = new DeliveryInfoSender();
        // Its queue is polled every 5 s (nothing wakes it), so each receipt and stop() would wait that long.
        Field poll = DeliveryInfoSender.class.getDeclaredField("waitForQueueInterval");
        poll.setAccessible(true);
        poll.setLong(receipts, 50);
        receipts.start();
        Table users = new Table();
        users.read(new ByteArrayInputStream("name=ours\npassword=secret\n".getBytes(StandardCharsets.US_ASCII)));
        SimulatorPDUProcessorFactory factory = new SimulatorPDUProcessorFactory(new PDUProcessorGroup(),
                new ShortMessageStore(), receipts, users);
        factory.setDisplayInfo(false);
        listener.setPDUProcessorFactory(factory);
        listener.start();
        try {
            Interop.Recorder strict = new Interop.Recorder();
            try (SmppSession asIs = SmppClient.connect(config(port, strict).build())) {
                assertThat(asIs.peerInterfaceVersion()).isEqualTo(InterfaceVersion.V33);
                SubmitSm withSar = Interop.shortSubmit().toBuilder().tlvs(Tlvs.builder()
                        .add(StandardTlvs.SAR_MSG_REF_NUM, 1).build()).build();
                assertThatThrownBy(() -> asIs.send(withSar)).isInstanceOf(SmppException.class)
                        .hasMessageContaining("unannouncedPeerVersion");
            }

            Interop.Recorder ours = new Interop.Recorder();
            SmppSession client = SmppClient.connect(config(port, ours)
                    .unannouncedPeerVersion(InterfaceVersion.V34).build());
            assertThat(client.state()).isEqualTo(SessionState.BOUND);
            SubmitSmResp resp = client.send(Interop.shortSubmit().toBuilder().tlvs(Tlvs.builder()
                    .add(StandardTlvs.USER_MESSAGE_REFERENCE, 5).build()).build());
            assertThat(resp.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(resp.messageId()).isNotEmpty();

            await("receipt delivered", () -> !ours.requests(DeliverSm.class).isEmpty());
            DeliverSm delivered = ours.requests(DeliverSm.class).get(0);
            assertThat(delivered.esmClass().isDeliveryReceipt()).isTrue();
            DeliveryReceipt receipt = ReceiptExtractor.standard().extract(delivered).asOptional().orElseThrow();
            assertThat(receipt.messageId()).isEqualTo(resp.messageId());
            assertThat(receipt.sub()).isEqualTo("1");
            assertThat(receipt.err()).isEqualTo("0");
            assertThat(receipt.state()).isEqualTo(ReceiptState.DELIVRD);
            assertThat(receipt.text()).isEqualTo(Interop.SHORT_TEXT);
            assertThat(receipt.submitDate()).isPresent();

            assertThat(client.send(new EnquireLink(0)).status()).isEqualTo(CommandStatus.ESME_ROK);
            client.unbind();
            assertThat(client.state()).isEqualTo(SessionState.CLOSED);
            assertThat(ours.closedReasons).containsExactly("unbound");
        } finally {
            listener.stop();
            receipts.stop();
        }
    }

    private static TCPIPConnection connection(int port) {
        TCPIPConnection c = new TCPIPConnection(HOST, port);
        c.setReceiveTimeout(WAIT_MILLIS);
        return c;
    }

    private static SubmitSM submit() throws Exception {
        SubmitSM s = new SubmitSM();
        s.setSourceAddr(new Address((byte) 1, (byte) 1, Interop.SOURCE.value()));
        s.setDestAddr(new Address((byte) 1, (byte) 1, Interop.DESTINATION.value()));
        return s;
    }

    private static DeliverSM receiveDeliverSm(org.smpp.Session session) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            PDU pdu = session.receive(200);
            if (pdu instanceof DeliverSM) {
                return (DeliverSM) pdu;
            }
        }
        throw new AssertionError("no deliver_sm within " + WAIT);
    }

    private static ClientConfig.Builder config(int port, Interop.Recorder recorder) {
        return SmppClient.builder().host(HOST).port(port).bindType(BindType.TRANSCEIVER).systemId("ours")
                .password("secret").enquireLinkInterval(Duration.ZERO).responseTimeout(WAIT).bindTimeout(WAIT)
                .connectTimeout(WAIT).requestHandler(recorder).sessionObserver(recorder);
    }
}
