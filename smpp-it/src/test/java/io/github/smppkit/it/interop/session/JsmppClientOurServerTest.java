package io.github.smppkit.it.interop.session;

import static io.github.smppkit.it.interop.session.Interop.HOST;
import static io.github.smppkit.it.interop.session.Interop.WAIT;
import static io.github.smppkit.it.interop.session.Interop.WAIT_MILLIS;
import static io.github.smppkit.it.interop.session.Interop.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.text.ReassembledMessage;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.session.BindAuthenticator;
import io.github.smppkit.session.BindRequest;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** jSMPP's {@code SMPPSession} (jsmpp 3.0.1) against our {@link SmppServer} over loopback. */
class JsmppClientOurServerTest {

    /**
     * Bound on jSMPP's wait for unbind_resp. Our server closes right after writing unbind_resp; jSMPP handles a
     * response on a worker thread, and when its reader sees the close first it marks the session CLOSED and then
     * drops the unbind_resp, logging "Unbind response timeout" after this wait (seen about once in five runs).
     */
    private static final long JSMPP_UNBIND_WAIT_MILLIS = 2_000;
    /** Far beyond the test, so that jSMPP's idle timer sends no enquire_link of its own. */
    private static final int NO_IDLE_ENQUIRE_LINK = 600_000;

    private final Interop.Recorder ours = new Interop.Recorder("our-");
    private final Queue<BindRequest> binds = new ConcurrentLinkedQueue<>();
    private final List<ProbeSession> clients = new ArrayList<>();
    private SmppServer server;

    @BeforeEach
    void start() {
        server = SmppServer.start(SmppServer.builder().host(HOST).port(0).systemId("smppkit")
                .authenticator(request -> {
                    binds.add(request);
                    return BindAuthenticator.of(request.systemId(), "secret").authenticate(request);
                })
                .enquireLinkInterval(Duration.ZERO).responseTimeout(WAIT).bindTimeout(WAIT)
                .requestHandler(ours).sessionObserver(ours).build());
    }

    @AfterEach
    void stop() {
        for (ProbeSession c : clients) {
            c.close();
        }
        server.close();
    }

    @Test
    void transceiverSubmitsReceivesReceiptsEnquiresAndUnbinds() throws Exception {
        ProbeSession session = bind(org.jsmpp.bean.BindType.BIND_TRX, "jstrx");
        assertThat(session.getSessionState()).isEqualTo(SessionState.BOUND_TRX);
        assertThat(binds).singleElement().satisfies(b -> {
            assertThat(b.systemId()).isEqualTo("jstrx");
            assertThat(b.bindType()).isEqualTo(BindType.TRANSCEIVER);
        });
        await("our server session", () -> server.sessions("jstrx").size() == 1);
        SmppSession serverSide = server.sessions("jstrx").get(0);

        // short submit_sm
        String id = submit(session, new ESMClass(), Interop.ascii(Interop.SHORT_TEXT));
        assertThat(id).isEqualTo("our-1");
        List<SubmitSm> got = ours.requests(SubmitSm.class);
        assertThat(got).hasSize(1);
        SubmitSm first = got.get(0);
        assertThat(first.source()).isEqualTo(Interop.SOURCE);
        assertThat(first.destination()).isEqualTo(Interop.DESTINATION);
        assertThat(first.registeredDelivery()).isEqualTo(RegisteredDelivery.ON_SUCCESS_OR_FAILURE);
        assertThat(first.esmClass().value()).isZero();
        assertThat(first.dataCoding().value()).isZero();
        assertThat(first.shortMessage().toByteArray()).containsExactly(Interop.ascii(Interop.SHORT_TEXT));
        assertThat(Interop.reassemble(got.subList(0, 1)).text()).contains(Interop.SHORT_TEXT);

        // long message in jSMPP-built UDH parts: we reassemble it
        ESMClass udhi = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
        for (int seq = 1; seq <= Interop.LONG_PARTS; seq++) {
            assertThat(submit(session, udhi, Interop.longPart(seq))).isEqualTo("our-" + (seq + 1));
        }
        got = ours.requests(SubmitSm.class);
        assertThat(got).hasSize(1 + Interop.LONG_PARTS);
        assertThat(got.subList(1, 1 + Interop.LONG_PARTS)).allSatisfy(p -> assertThat(p.esmClass().hasUdhi()).isTrue());
        ReassembledMessage whole = Interop.reassemble(got.subList(1, 1 + Interop.LONG_PARTS));
        assertThat(whole.parts()).isEqualTo(Interop.LONG_PARTS);
        assertThat(whole.text()).contains(Interop.LONG_TEXT);

        // our receipt reaches jSMPP, whose own parser reads id and state
        DeliverSmResp dr = serverSide.send(Interop.receipt("our-1"));
        assertThat(dr.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(session.listener.delivered).hasSize(1);
        DeliverSm d = session.listener.delivered.peek();
        assertThat(d.isSmscDeliveryReceipt()).isTrue();
        assertThat(d.getSourceAddr()).isEqualTo(Interop.DESTINATION.value());
        org.jsmpp.bean.DeliveryReceipt parsed = d.getShortMessageAsDeliveryReceipt();
        assertThat(parsed.getId()).isEqualTo("our-1");
        assertThat(parsed.getFinalStatus()).isEqualTo(DeliveryReceiptState.DELIVRD);

        // enquire_link both ways
        session.enquireLink();
        assertThat(ours.count(ours.received, CommandId.ENQUIRE_LINK)).isEqualTo(1);
        await("enquire_link_resp written", () -> ours.count(ours.sent, CommandId.ENQUIRE_LINK_RESP) == 1);
        assertThat(serverSide.send(new EnquireLink(0)).status()).isEqualTo(CommandStatus.ESME_ROK);

        // jSMPP unbinds and closes: we answer and close as "peer unbound"
        session.setTransactionTimer(JSMPP_UNBIND_WAIT_MILLIS);
        session.unbindAndClose();
        assertThat(session.getSessionState()).isEqualTo(SessionState.CLOSED);
        assertThat(session.states).contains(SessionState.CLOSED);
        await("close reported", () -> !ours.closedReasons.isEmpty());
        assertThat(ours.closedReasons).containsExactly("peer unbound");
        assertThat(ours.count(ours.received, CommandId.UNBIND)).isEqualTo(1);
        assertThat(ours.count(ours.sent, CommandId.UNBIND_RESP)).isEqualTo(1);
        await("server session gone", () -> server.sessions().isEmpty());
        assertThat(serverSide.pendingCount()).isZero();
    }

    @Test
    void transmitterAndReceiverBindSeparatelyAndOurServerUnbindsTheReceiver() throws Exception {
        ProbeSession tx = bind(org.jsmpp.bean.BindType.BIND_TX, "jstx");
        ProbeSession rx = bind(org.jsmpp.bean.BindType.BIND_RX, "jsrx");
        assertThat(tx.getSessionState()).isEqualTo(SessionState.BOUND_TX);
        assertThat(rx.getSessionState()).isEqualTo(SessionState.BOUND_RX);
        assertThat(binds).extracting(BindRequest::systemId, BindRequest::bindType)
                .containsExactly(tuple("jstx", BindType.TRANSMITTER), tuple("jsrx", BindType.RECEIVER));
        await("our server sessions", () -> server.sessions().size() == 2);
        SmppSession ourRx = server.sessions("jsrx").get(0);

        assertThat(submit(tx, new ESMClass(), Interop.ascii(Interop.SHORT_TEXT))).isEqualTo("our-1");
        assertThat(ourRx.send(Interop.receipt("our-1")).status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(rx.listener.delivered).singleElement()
                .satisfies(d -> assertThat(d.getShortMessageAsDeliveryReceipt().getId()).isEqualTo("our-1"));
        assertThat(tx.listener.delivered).isEmpty();

        // our server unbinds the receiver: jSMPP answers, marks it unbound and closes
        ourRx.unbind();
        await("close reported", () -> !ours.closedReasons.isEmpty());
        assertThat(ours.closedReasons).containsExactly("unbound");
        assertThat(ours.count(ours.received, CommandId.UNBIND_RESP)).isEqualTo(1);
        await("jSMPP receiver unbound and closed",
                () -> rx.states.contains(SessionState.UNBOUND) && rx.states.contains(SessionState.CLOSED));

        tx.setTransactionTimer(JSMPP_UNBIND_WAIT_MILLIS);
        tx.unbindAndClose();
        await("both closes reported", () -> ours.closedReasons.size() == 2);
        await("unbind_resp written", () -> ours.count(ours.sent, CommandId.UNBIND_RESP) == 1);
        assertThat(ours.closedReasons).containsExactly("unbound", "peer unbound");
        assertThat(tx.states).contains(SessionState.CLOSED);
    }

    private ProbeSession bind(org.jsmpp.bean.BindType type, String systemId) throws IOException {
        ProbeSession s = new ProbeSession();
        clients.add(s);
        s.setTransactionTimer(WAIT_MILLIS);
        s.setEnquireLinkTimer(NO_IDLE_ENQUIRE_LINK);
        s.setMessageReceiverListener(s.listener);
        s.addSessionStateListener((now, old, source) -> s.states.add(now));
        s.connectAndBind(HOST, server.localAddress().getPort(), new BindParameter(type, systemId, "secret", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "", InterfaceVersion.IF_34), WAIT_MILLIS);
        return s;
    }

    private static String submit(SMPPSession session, ESMClass esm, byte[] message) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Interop.SOURCE.value(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Interop.DESTINATION.value(), esm, (byte) 0, (byte) 0, null, null,
                new org.jsmpp.bean.RegisteredDelivery(1), (byte) 0, DataCodings.ZERO, (byte) 0, message)
                .getMessageId();
    }

    /** A jSMPP client whose enquire_link can be sent on demand, with what it received and its states. */
    private static final class ProbeSession extends SMPPSession {
        final Listener listener = new Listener();
        final Queue<SessionState> states = new ConcurrentLinkedQueue<>();

        /** Sends one enquire_link and waits for its answer (jSMPP otherwise sends them only when idle). */
        void enquireLink() throws Exception {
            sendEnquireLink();
        }
    }

    /** Records inbound deliver_sm; answers them OK by returning normally. */
    private static final class Listener implements MessageReceiverListener {
        final Queue<DeliverSm> delivered = new ConcurrentLinkedQueue<>();

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            delivered.add(deliverSm);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // not used by these tests
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not used", 0x03);
        }
    }
}
