package io.github.smppkit.it.interop.session;

import static io.github.smppkit.it.interop.session.Interop.HOST;
import static io.github.smppkit.it.interop.session.Interop.WAIT;
import static io.github.smppkit.it.interop.session.Interop.WAIT_MILLIS;
import static io.github.smppkit.it.interop.session.Interop.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.commons.util.windowing.WindowFuture;
import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.pdu.DeliverSmResp;
import com.cloudhopper.smpp.pdu.EnquireLinkResp;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.RecoverablePduException;
import com.cloudhopper.smpp.type.UnrecoverablePduException;
import com.cloudhopper.smpp.util.DeliveryReceipt;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our client against Cloudhopper's {@code DefaultSmppServer} (ch-smpp 5.0.9) over loopback. */
class OurClientCloudhopperServerTest {

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ChServer handler = new ChServer();
    private DefaultSmppServer server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = Interop.freePort();
        SmppServerConfiguration cfg = new SmppServerConfiguration();
        cfg.setHost(HOST);
        cfg.setPort(port);
        cfg.setSystemId("cloudhopper");
        cfg.setName("ch-interop");
        cfg.setNonBlockingSocketsEnabled(true);
        cfg.setDefaultRequestExpiryTimeout(WAIT_MILLIS);
        cfg.setBindTimeout(WAIT_MILLIS);
        server = new DefaultSmppServer(cfg, handler, workers);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.destroy();
        workers.shutdownNow();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void transceiverSubmitsReceivesReceiptsEnquiresAndUnbinds() throws Exception {
        Interop.Recorder ours = new Interop.Recorder();
        SmppSession client = SmppClient.connect(config(BindType.TRANSCEIVER, "ourtrx", ours));
        assertThat(client.state()).isEqualTo(SessionState.BOUND);
        assertThat(client.peerSystemId()).isEqualTo("cloudhopper");
        await("Cloudhopper server session", () -> handler.sessions.size() == 1);
        assertThat(handler.binds).singleElement().satisfies(b -> {
            assertThat(b.getCommandId()).isEqualTo(SmppConstants.CMD_ID_BIND_TRANSCEIVER);
            assertThat(b.getSystemId()).isEqualTo("ourtrx");
            assertThat(b.getPassword()).isEqualTo("secret");
        });
        SmppServerSession theirs = handler.sessions.peek();
        assertThat(theirs.getBindType()).isEqualTo(SmppBindType.TRANSCEIVER);

        // short submit_sm: every field as we sent it
        io.github.smppkit.codec.pdu.SubmitSmResp resp = client.send(Interop.shortSubmit());
        assertThat(resp.status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(resp.messageId()).isEqualTo("ch-1");
        List<com.cloudhopper.smpp.pdu.SubmitSm> submits = handler.submits();
        assertThat(submits).hasSize(1);
        com.cloudhopper.smpp.pdu.SubmitSm got = submits.get(0);
        assertThat(got.getSourceAddress().getTon()).isEqualTo((byte) 1);
        assertThat(got.getSourceAddress().getNpi()).isEqualTo((byte) 1);
        assertThat(got.getSourceAddress().getAddress()).isEqualTo(Interop.SOURCE.value());
        assertThat(got.getDestAddress().getAddress()).isEqualTo(Interop.DESTINATION.value());
        assertThat(got.getRegisteredDelivery()).isEqualTo((byte) 1);
        assertThat(got.getEsmClass()).isZero();
        assertThat(got.getDataCoding()).isZero();
        assertThat(got.getShortMessage()).containsExactly(Interop.ascii(Interop.SHORT_TEXT));

        // long message: three UDH parts, answered one by one
        for (SubmitSm part : Interop.longSubmits()) {
            assertThat(client.send(part).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
        List<com.cloudhopper.smpp.pdu.SubmitSm> longParts = handler.submits().subList(1, 4);
        List<byte[]> messages = new ArrayList<>();
        List<Integer> esm = new ArrayList<>();
        List<Integer> dcs = new ArrayList<>();
        for (com.cloudhopper.smpp.pdu.SubmitSm p : longParts) {
            messages.add(p.getShortMessage());
            esm.add(p.getEsmClass() & 0xFF);
            dcs.add(p.getDataCoding() & 0xFF);
        }
        Interop.assertLongParts(messages, esm, dcs);

        // a receipt built by Cloudhopper's own formatter reaches our handler and parses as a receipt
        DeliverSmResp dr = deliverReceipt(theirs, "ch-1");
        assertThat(dr.getCommandStatus()).isZero();
        List<DeliverSm> delivered = ours.requests(DeliverSm.class);
        assertThat(delivered).hasSize(1);
        io.github.smppkit.dlr.DeliveryReceipt receipt = ReceiptExtractor.standard().extract(delivered.get(0))
                .asOptional().orElseThrow();
        assertThat(receipt.id()).isEqualTo("ch-1");
        assertThat(receipt.messageId()).isEqualTo("ch-1");
        assertThat(receipt.stat()).isEqualTo("DELIVRD");
        assertThat(receipt.state()).isEqualTo(ReceiptState.DELIVRD);
        assertThat(delivered.get(0).source().value()).isEqualTo(Interop.DESTINATION.value());

        // enquire_link both ways
        assertThat(client.send(new EnquireLink(0)).status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(handler.count(com.cloudhopper.smpp.pdu.EnquireLink.class)).isEqualTo(1);
        EnquireLinkResp elr = theirs.enquireLink(new com.cloudhopper.smpp.pdu.EnquireLink(), WAIT_MILLIS);
        assertThat(elr.getCommandStatus()).isZero();
        assertThat(ours.count(ours.received, CommandId.ENQUIRE_LINK)).isEqualTo(1);
        await("enquire_link_resp written", () -> ours.count(ours.sent, CommandId.ENQUIRE_LINK_RESP) == 1);

        // we unbind: Cloudhopper answers, both ends close, nobody reports an error
        client.unbind();
        assertThat(client.state()).isEqualTo(SessionState.CLOSED);
        await("close reported", () -> !ours.closedReasons.isEmpty());
        assertThat(ours.closedReasons).containsExactly("unbound");
        assertThat(handler.count(com.cloudhopper.smpp.pdu.Unbind.class)).isEqualTo(1);
        await("Cloudhopper session destroyed", () -> handler.destroyed.get() == 1);
        assertThat(theirs.isBound()).isFalse();
        assertThat(handler.errors).isEmpty();
        assertThat(client.pendingCount()).isZero();
    }

    @Test
    void transmitterAndReceiverBindSeparatelyAndTheServerUnbindsTheReceiver() throws Exception {
        Interop.Recorder tx = new Interop.Recorder();
        Interop.Recorder rx = new Interop.Recorder();
        SmppSession transmitter = SmppClient.connect(config(BindType.TRANSMITTER, "ourtx", tx));
        SmppSession receiver = SmppClient.connect(config(BindType.RECEIVER, "ourrx", rx));
        await("two Cloudhopper sessions", () -> handler.sessions.size() == 2);
        SmppServerSession theirTx = null;
        SmppServerSession theirRx = null;
        for (SmppServerSession s : handler.sessions) {
            if (s.getBindType() == SmppBindType.TRANSMITTER) {
                theirTx = s;
            } else if (s.getBindType() == SmppBindType.RECEIVER) {
                theirRx = s;
            }
        }
        assertThat(theirTx).isNotNull();
        assertThat(theirRx).isNotNull();
        assertThat(handler.binds).extracting(BaseBind::getSystemId).containsExactlyInAnyOrder("ourtx", "ourrx");

        assertThat(transmitter.send(Interop.shortSubmit()).messageId()).isEqualTo("ch-1");
        assertThat(handler.submits()).singleElement()
                .satisfies(s -> assertThat(s.getShortMessage()).containsExactly(Interop.ascii(Interop.SHORT_TEXT)));

        assertThat(deliverReceipt(theirRx, "ch-1").getCommandStatus()).isZero();
        assertThat(rx.requests(DeliverSm.class)).singleElement().satisfies(d -> assertThat(
                ReceiptExtractor.standard().extract(d).asOptional().orElseThrow().state())
                .isEqualTo(ReceiptState.DELIVRD));
        assertThat(tx.requests).isEmpty();

        // Cloudhopper unbinds our receiver: we answer and close as "peer unbound"
        theirRx.unbind(WAIT_MILLIS);
        await("receiver closed", () -> receiver.state() == SessionState.CLOSED);
        await("close reported", () -> !rx.closedReasons.isEmpty());
        assertThat(rx.closedReasons).containsExactly("peer unbound");
        assertThat(rx.count(rx.received, CommandId.UNBIND)).isEqualTo(1);
        assertThat(rx.count(rx.sent, CommandId.UNBIND_RESP)).isEqualTo(1);

        transmitter.unbind();
        await("close reported", () -> !tx.closedReasons.isEmpty());
        assertThat(tx.closedReasons).containsExactly("unbound");
        await("both Cloudhopper sessions destroyed", () -> handler.destroyed.get() == 2);
        assertThat(handler.errors).isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private static DeliverSmResp deliverReceipt(SmppServerSession session, String messageId) throws Exception {
        DeliveryReceipt text = new DeliveryReceipt(messageId, 1, 1, new DateTime(2026, 11, 23, 22, 30, DateTimeZone.UTC),
                new DateTime(2026, 11, 23, 22, 31, DateTimeZone.UTC), SmppConstants.STATE_DELIVERED, 0, "Hello interop");
        com.cloudhopper.smpp.pdu.DeliverSm d = new com.cloudhopper.smpp.pdu.DeliverSm();
        d.setSourceAddress(new com.cloudhopper.smpp.type.Address((byte) 1, (byte) 1, Interop.DESTINATION.value()));
        d.setDestAddress(new com.cloudhopper.smpp.type.Address((byte) 1, (byte) 1, Interop.SOURCE.value()));
        d.setEsmClass(SmppConstants.ESM_CLASS_MT_SMSC_DELIVERY_RECEIPT);
        d.setShortMessage(Interop.ascii(text.toShortMessage()));
        WindowFuture<Integer, PduRequest, PduResponse> f = session.sendRequestPdu(d, WAIT_MILLIS, true);
        assertThat(f.await(WAIT_MILLIS)).isTrue();
        assertThat(f.isSuccess()).as("deliver_sm answered: %s", f.getCause()).isTrue();
        PduResponse r = f.getResponse();
        assertThat(r).isInstanceOf(DeliverSmResp.class);
        return (DeliverSmResp) r;
    }

    private ClientConfig config(BindType type, String systemId, Interop.Recorder recorder) {
        return SmppClient.builder().host(HOST).port(port).bindType(type).systemId(systemId)
                .password("secret").enquireLinkInterval(Duration.ZERO).responseTimeout(WAIT).bindTimeout(WAIT)
                .connectTimeout(WAIT).requestHandler(recorder).sessionObserver(recorder).build();
    }

    /** Cloudhopper's server side: records binds, requests, session ends and anything it reports as an error. */
    private static final class ChServer extends DefaultSmppSessionHandler implements SmppServerHandler {
        final Queue<BaseBind<?>> binds = new ConcurrentLinkedQueue<>();
        final Queue<SmppServerSession> sessions = new ConcurrentLinkedQueue<>();
        final Queue<PduRequest<?>> requests = new ConcurrentLinkedQueue<>();
        final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger destroyed = new AtomicInteger();
        private final AtomicInteger ids = new AtomicInteger();

        @Override
        @SuppressWarnings("rawtypes")
        public void sessionBindRequested(Long id, SmppSessionConfiguration cfg, BaseBind bind) {
            binds.add(bind);
        }

        @Override
        public void sessionCreated(Long id, SmppServerSession session, BaseBindResp resp) {
            sessions.add(session);
            session.serverReady(this);
        }

        @Override
        public void sessionDestroyed(Long id, SmppServerSession session) {
            destroyed.incrementAndGet();
            session.destroy();
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public PduResponse firePduRequestReceived(PduRequest request) {
            requests.add(request);
            PduResponse resp = request.createResponse();
            if (resp instanceof SubmitSmResp) {
                ((SubmitSmResp) resp).setMessageId("ch-" + ids.incrementAndGet());
            }
            return resp;
        }

        @Override
        public void fireUnrecoverablePduException(UnrecoverablePduException e) {
            errors.add(e);
        }

        @Override
        public void fireRecoverablePduException(RecoverablePduException e) {
            errors.add(e);
        }

        @Override
        public void fireUnknownThrowable(Throwable t) {
            errors.add(t);
        }

        @Override
        public void fireUnexpectedPduResponseReceived(PduResponse response) {
            errors.add(new IllegalStateException("unexpected response " + response));
        }

        List<com.cloudhopper.smpp.pdu.SubmitSm> submits() {
            List<com.cloudhopper.smpp.pdu.SubmitSm> out = new ArrayList<>();
            for (PduRequest<?> r : requests) {
                if (r instanceof com.cloudhopper.smpp.pdu.SubmitSm) {
                    out.add((com.cloudhopper.smpp.pdu.SubmitSm) r);
                }
            }
            return out;
        }

        long count(Class<?> type) {
            return requests.stream().filter(type::isInstance).count();
        }
    }
}
