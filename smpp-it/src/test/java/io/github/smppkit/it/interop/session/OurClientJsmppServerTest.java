package io.github.smppkit.it.interop.session;

import static io.github.smppkit.it.interop.session.Interop.HOST;
import static io.github.smppkit.it.interop.session.Interop.WAIT;
import static io.github.smppkit.it.interop.session.Interop.WAIT_MILLIS;
import static io.github.smppkit.it.interop.session.Interop.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.dlr.ReceiptExtractor;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppSession;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.AbstractSession;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our client against jSMPP's {@code SMPPServerSessionListener} (jsmpp 3.0.1) over loopback. */
class OurClientJsmppServerTest {

    private static final int ESME_RINVCMDID = 0x03;

    private final ExecutorService acceptor = Executors.newSingleThreadExecutor();
    private final JsServer handler = new JsServer();
    private final LoopbackListen listen = new LoopbackListen();
    private SMPPServerSessionListener listener;

    @BeforeEach
    void start() throws IOException {
        listener = new SMPPServerSessionListener(0, listen);
        listener.setTimeout((int) WAIT_MILLIS);
        listener.setMessageReceiverListener(handler);
        listener.setSessionStateListener((now, old, source) -> handler.states
                .computeIfAbsent(source.getSessionId(), k -> new ConcurrentLinkedQueue<>()).add(now));
    }

    @AfterEach
    void stop() throws Exception {
        for (SMPPServerSession s : handler.sessions) {
            s.close();
        }
        listener.close();
        acceptor.shutdownNow();
        assertThat(acceptor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void transceiverSubmitsReceivesReceiptsEnquiresAndUnbinds() throws Exception {
        Future<?> accepted = acceptSessions(1);
        Interop.Recorder ours = new Interop.Recorder();
        SmppSession client = SmppClient.connect(config(BindType.TRANSCEIVER, "ourtrx", ours));
        accepted.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        assertThat(client.state()).isEqualTo(SessionState.BOUND);
        assertThat(client.peerSystemId()).isEqualTo("jsmpp");
        assertThat(handler.binds).singleElement().satisfies(b -> {
            assertThat(b.getBindType()).isEqualTo(org.jsmpp.bean.BindType.BIND_TRX);
            assertThat(b.getSystemId()).isEqualTo("ourtrx");
            assertThat(b.getPassword()).isEqualTo("secret");
            assertThat(b.getInterfaceVersion()).isEqualTo(InterfaceVersion.IF_34);
        });
        SMPPServerSession theirs = handler.sessions.peek();

        io.github.smppkit.codec.pdu.SubmitSmResp resp = client.send(Interop.shortSubmit());
        assertThat(resp.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(resp.messageId()).isEqualTo("js-1");
        assertThat(handler.submits).hasSize(1);
        org.jsmpp.bean.SubmitSm got = handler.submits.peek();
        assertThat(got.getSourceAddrTon()).isEqualTo((byte) 1);
        assertThat(got.getSourceAddrNpi()).isEqualTo((byte) 1);
        assertThat(got.getSourceAddr()).isEqualTo(Interop.SOURCE.value());
        assertThat(got.getDestAddrTon()).isEqualTo((byte) 1);
        assertThat(got.getDestAddress()).isEqualTo(Interop.DESTINATION.value());
        assertThat(got.getRegisteredDelivery()).isEqualTo((byte) 1);
        assertThat(got.getEsmClass()).isZero();
        assertThat(got.getDataCoding()).isZero();
        assertThat(got.getShortMessage()).containsExactly(Interop.ascii(Interop.SHORT_TEXT));

        for (SubmitSm part : Interop.longSubmits()) {
            assertThat(client.send(part).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
        List<org.jsmpp.bean.SubmitSm> all = new ArrayList<>(handler.submits);
        assertThat(all).hasSize(4);
        List<byte[]> messages = new ArrayList<>();
        List<Integer> esm = new ArrayList<>();
        List<Integer> dcs = new ArrayList<>();
        for (org.jsmpp.bean.SubmitSm p : all.subList(1, 4)) {
            assertThat(p.isUdhi()).isTrue();
            messages.add(p.getShortMessage());
            esm.add(p.getEsmClass() & 0xFF);
            dcs.add(p.getDataCoding() & 0xFF);
        }
        Interop.assertLongParts(messages, esm, dcs);

        deliverReceipt(theirs, "js-1");
        List<DeliverSm> delivered = ours.requests(DeliverSm.class);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).esmClass().isDeliveryReceipt()).isTrue();
        io.github.smppkit.dlr.DeliveryReceipt receipt = ReceiptExtractor.standard().extract(delivered.get(0))
                .asOptional().orElseThrow();
        assertThat(receipt.id()).isEqualTo("js-1");
        assertThat(receipt.messageId()).isEqualTo("js-1");
        assertThat(receipt.stat()).isEqualTo("DELIVRD");
        assertThat(receipt.state()).isEqualTo(ReceiptState.DELIVRD);

        assertThat(client.send(new EnquireLink(0)).status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(handler.enquireLinks.get()).isEqualTo(1);
        sendEnquireLink(theirs);
        assertThat(ours.count(ours.received, CommandId.ENQUIRE_LINK)).isEqualTo(1);
        await("enquire_link_resp written", () -> ours.count(ours.sent, CommandId.ENQUIRE_LINK_RESP) == 1);

        client.unbind();
        assertThat(client.state()).isEqualTo(SessionState.CLOSED);
        await("close reported", () -> !ours.closedReasons.isEmpty());
        assertThat(ours.closedReasons).containsExactly("unbound");
        handler.awaitStates(theirs, org.jsmpp.extra.SessionState.BOUND_TRX, org.jsmpp.extra.SessionState.UNBOUND,
                org.jsmpp.extra.SessionState.CLOSED);
        assertThat(ours.count(ours.received, CommandId.UNBIND_RESP)).isEqualTo(1);
        assertThat(client.pendingCount()).isZero();
    }

    @Test
    void transmitterAndReceiverBindSeparatelyAndTheServerUnbindsTheReceiver() throws Exception {
        Future<?> accepted = acceptSessions(2);
        Interop.Recorder tx = new Interop.Recorder();
        Interop.Recorder rx = new Interop.Recorder();
        SmppSession transmitter = SmppClient.connect(config(BindType.TRANSMITTER, "ourtx", tx));
        SmppSession receiver = SmppClient.connect(config(BindType.RECEIVER, "ourrx", rx));
        accepted.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        SMPPServerSession theirTx = null;
        SMPPServerSession theirRx = null;
        for (SMPPServerSession s : handler.sessions) {
            if (s.getSessionState() == org.jsmpp.extra.SessionState.BOUND_TX) {
                theirTx = s;
            } else if (s.getSessionState() == org.jsmpp.extra.SessionState.BOUND_RX) {
                theirRx = s;
            }
        }
        assertThat(theirTx).isNotNull();
        assertThat(theirRx).isNotNull();
        assertThat(handler.binds).extracting(BindRequest::getSystemId).containsExactly("ourtx", "ourrx");

        assertThat(transmitter.send(Interop.shortSubmit()).messageId()).isEqualTo("js-1");
        assertThat(handler.submits).singleElement()
                .satisfies(s -> assertThat(s.getShortMessage()).containsExactly(Interop.ascii(Interop.SHORT_TEXT)));

        deliverReceipt(theirRx, "js-1");
        assertThat(rx.requests(DeliverSm.class)).singleElement().satisfies(d -> assertThat(
                ReceiptExtractor.standard().extract(d).asOptional().orElseThrow().state())
                .isEqualTo(ReceiptState.DELIVRD));
        assertThat(tx.requests).isEmpty();

        theirRx.unbindAndClose();
        await("receiver closed", () -> receiver.state() == SessionState.CLOSED);
        await("close reported", () -> !rx.closedReasons.isEmpty());
        assertThat(rx.closedReasons).containsExactly("peer unbound");
        assertThat(rx.count(rx.received, CommandId.UNBIND)).isEqualTo(1);
        assertThat(rx.count(rx.sent, CommandId.UNBIND_RESP)).isEqualTo(1);
        handler.awaitStates(theirRx, org.jsmpp.extra.SessionState.BOUND_RX, org.jsmpp.extra.SessionState.CLOSED);

        transmitter.unbind();
        await("close reported", () -> !tx.closedReasons.isEmpty());
        assertThat(tx.closedReasons).containsExactly("unbound");
        handler.awaitStates(theirTx, org.jsmpp.extra.SessionState.BOUND_TX, org.jsmpp.extra.SessionState.UNBOUND,
                org.jsmpp.extra.SessionState.CLOSED);
    }

    private Future<?> acceptSessions(int count) {
        return acceptor.submit(() -> {
            for (int i = 0; i < count; i++) {
                SMPPServerSession s = listener.accept();
                BindRequest bind = s.waitForBind(WAIT_MILLIS);
                handler.binds.add(bind);
                handler.sessions.add(s);
                bind.accept("jsmpp", InterfaceVersion.IF_34);
            }
            return null;
        });
    }

    /** Sends a receipt whose text jSMPP's own {@code DeliveryReceipt} writes; returns once it is answered. */
    private static void deliverReceipt(SMPPServerSession session, String messageId) throws Exception {
        String text = new org.jsmpp.bean.DeliveryReceipt(messageId, 1, 1, Date.from(Interop.SUBMITTED),
                Date.from(Interop.DONE), DeliveryReceiptState.DELIVRD, "000", "Hello interop").toString();
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Interop.DESTINATION.value(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Interop.SOURCE.value(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT,
                        GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                Interop.ascii(text));
    }

    /**
     * jSMPP sends enquire_link only from its idle timer; its protected {@code sendEnquireLink} sends one now and
     * waits for the answer (it throws if none comes), so the count on our side is exact.
     */
    private static void sendEnquireLink(SMPPServerSession session) throws Exception {
        Method m = AbstractSession.class.getDeclaredMethod("sendEnquireLink");
        m.setAccessible(true);
        m.invoke(session);
    }

    private ClientConfig config(BindType type, String systemId, Interop.Recorder recorder) {
        return SmppClient.builder().host(HOST).port(listen.port).bindType(type).systemId(systemId)
                .password("secret").enquireLinkInterval(Duration.ZERO).responseTimeout(WAIT).bindTimeout(WAIT)
                .connectTimeout(WAIT).requestHandler(recorder).sessionObserver(recorder).build();
    }

    /** jSMPP listens on every interface by default; this factory keeps it on loopback and learns the port. */
    private static final class LoopbackListen implements ServerConnectionFactory {
        volatile int port;

        @Override
        public ServerConnection listen(int p) throws IOException {
            return listen(p, 0, 50);
        }

        @Override
        public ServerConnection listen(int p, int timeout) throws IOException {
            return listen(p, timeout, 50);
        }

        @Override
        public ServerConnection listen(int p, int timeout, int backlog) throws IOException {
            ServerSocket socket = new ServerSocket(p, backlog, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(timeout);
            port = socket.getLocalPort();
            return new ServerSocketConnection(socket);
        }
    }

    /** jSMPP's server side: records binds, sessions, states, submits and enquire_links. */
    private static final class JsServer implements ServerMessageReceiverListener {
        final Queue<BindRequest> binds = new ConcurrentLinkedQueue<>();
        final Queue<SMPPServerSession> sessions = new ConcurrentLinkedQueue<>();
        final Map<String, Queue<org.jsmpp.extra.SessionState>> states = new ConcurrentHashMap<>();
        final Queue<org.jsmpp.bean.SubmitSm> submits = new ConcurrentLinkedQueue<>();
        final AtomicInteger enquireLinks = new AtomicInteger();
        private final AtomicInteger ids = new AtomicInteger();

        /**
         * Waits until a jSMPP session went through all these states. jSMPP answers an unbind before it marks the
         * session UNBOUND, on another thread than its reader, so UNBOUND and CLOSED may come in either order (and it
         * may log "socket closed unexpected" when our close wins): only their presence is checked.
         */
        void awaitStates(SMPPServerSession session, org.jsmpp.extra.SessionState... expected) {
            await("jSMPP session states " + List.of(expected), () -> states
                    .getOrDefault(session.getSessionId(), new ConcurrentLinkedQueue<>()).containsAll(List.of(expected)));
        }

        @Override
        public SubmitSmResult onAcceptSubmitSm(org.jsmpp.bean.SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            submits.add(submitSm);
            try {
                return new SubmitSmResult(new MessageId("js-" + ids.incrementAndGet()), new OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public void onAcceptEnquireLink(org.jsmpp.bean.EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not used", ESME_RINVCMDID);
        }
    }
}
