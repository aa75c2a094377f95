package io.github.smppkit.it.interop.session;

import static io.github.smppkit.it.interop.session.Interop.HOST;
import static io.github.smppkit.it.interop.session.Interop.WAIT;
import static io.github.smppkit.it.interop.session.Interop.WAIT_MILLIS;
import static io.github.smppkit.it.interop.session.Interop.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSession;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.EnquireLinkResp;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.RecoverablePduException;
import com.cloudhopper.smpp.type.UnrecoverablePduException;
import com.cloudhopper.smpp.util.DeliveryReceipt;
import com.cloudhopper.smpp.util.SmppUtil;
import io.github.smppkit.codec.pdu.DeliverSmResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.text.ReassembledMessage;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.codec.type.RegisteredDelivery;
import io.github.smppkit.session.BindAuthenticator;
import io.github.smppkit.session.BindRequest;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.SmppServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cloudhopper's {@code DefaultSmppClient} (ch-smpp 5.0.9) against our {@link SmppServer} over loopback. */
class CloudhopperClientOurServerTest {

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Interop.Recorder ours = new Interop.Recorder("our-");
    private final Queue<BindRequest> binds = new ConcurrentLinkedQueue<>();
    private SmppServer server;
    private DefaultSmppClient client;

    @BeforeEach
    void start() {
        server = SmppServer.start(SmppServer.builder().host(HOST).port(0).systemId("smppkit")
                .authenticator(request -> {
                    binds.add(request);
                    return BindAuthenticator.of(request.systemId(), "secret").authenticate(request);
                })
                .enquireLinkInterval(Duration.ZERO).responseTimeout(WAIT).bindTimeout(WAIT)
                .requestHandler(ours).sessionObserver(ours).build());
        client = new DefaultSmppClient(workers, 2);
    }

    @AfterEach
    void stop() throws InterruptedException {
        client.destroy();
        server.close();
        workers.shutdownNow();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void transceiverSubmitsReceivesReceiptsEnquiresAndUnbinds() throws Exception {
        ChClient theirs = new ChClient();
        SmppSession session = client.bind(config(SmppBindType.TRANSCEIVER, "chtrx"), theirs);
        assertThat(session.isBound()).isTrue();
        assertThat(binds).singleElement().satisfies(b -> {
            assertThat(b.systemId()).isEqualTo("chtrx");
            assertThat(b.bindType()).isEqualTo(BindType.TRANSCEIVER);
            assertThat(b.interfaceVersion()).isEqualTo(InterfaceVersion.V34);
        });
        await("our server session", () -> server.sessions("chtrx").size() == 1);
        io.github.smppkit.session.SmppSession serverSide = server.sessions("chtrx").get(0);

        // short submit_sm: our server sees Cloudhopper's fields and text
        SubmitSmResp resp = session.submit(submit(0, Interop.ascii(Interop.SHORT_TEXT)), WAIT_MILLIS);
        assertThat(resp.getCommandStatus()).isZero();
        assertThat(resp.getMessageId()).isEqualTo("our-1");
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

        // long message with Cloudhopper-built UDH parts: we reassemble it
        for (int seq = 1; seq <= Interop.LONG_PARTS; seq++) {
            SubmitSmResp r = session.submit(submit(SmppConstants.ESM_CLASS_UDHI_MASK, Interop.longPart(seq)),
                    WAIT_MILLIS);
            assertThat(r.getCommandStatus()).isZero();
        }
        got = ours.requests(SubmitSm.class);
        assertThat(got).hasSize(1 + Interop.LONG_PARTS);
        ReassembledMessage whole = Interop.reassemble(got.subList(1, 1 + Interop.LONG_PARTS));
        assertThat(whole.parts()).isEqualTo(Interop.LONG_PARTS);
        assertThat(whole.text()).contains(Interop.LONG_TEXT);
        assertThat(whole.source()).isEqualTo(Interop.SOURCE.value());

        // our receipt reaches Cloudhopper, whose own parser reads id and state
        DeliverSmResp dr = serverSide.send(Interop.receipt("our-1"));
        assertThat(dr.status()).isEqualTo(CommandStatus.ESME_ROK);
        List<com.cloudhopper.smpp.pdu.DeliverSm> delivered = theirs.of(com.cloudhopper.smpp.pdu.DeliverSm.class);
        assertThat(delivered).hasSize(1);
        com.cloudhopper.smpp.pdu.DeliverSm d = delivered.get(0);
        assertThat(SmppUtil.isMessageTypeSmscDeliveryReceipt(d.getEsmClass())).isTrue();
        assertThat(d.getSourceAddress().getAddress()).isEqualTo(Interop.DESTINATION.value());
        DeliveryReceipt parsed = DeliveryReceipt.parseShortMessage(
                new String(d.getShortMessage(), StandardCharsets.ISO_8859_1), DateTimeZone.UTC);
        assertThat(parsed.getMessageId()).isEqualTo("our-1");
        assertThat(parsed.getState()).isEqualTo(SmppConstants.STATE_DELIVERED);
        assertThat(d.getOptionalParameter(SmppConstants.TAG_RECEIPTED_MSG_ID).getValueAsString())
                .isEqualTo("our-1");

        // enquire_link both ways
        EnquireLinkResp elr = session.enquireLink(new com.cloudhopper.smpp.pdu.EnquireLink(), WAIT_MILLIS);
        assertThat(elr.getCommandStatus()).isZero();
        assertThat(ours.count(ours.received, CommandId.ENQUIRE_LINK)).isEqualTo(1);
        assertThat(serverSide.send(new EnquireLink(0)).status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(theirs.of(com.cloudhopper.smpp.pdu.EnquireLink.class)).hasSize(1);

        // Cloudhopper unbinds: we answer, both ends close, nobody reports an error
        session.unbind(WAIT_MILLIS);
        assertThat(session.isClosed()).isTrue();
        await("close reported", () -> !ours.closedReasons.isEmpty());
        assertThat(ours.closedReasons).containsExactly("peer unbound");
        assertThat(ours.count(ours.received, CommandId.UNBIND)).isEqualTo(1);
        assertThat(ours.count(ours.sent, CommandId.UNBIND_RESP)).isEqualTo(1);
        assertThat(theirs.unexpectedlyClosed.get()).isZero();
        assertThat(theirs.errors).isEmpty();
        await("server session gone", () -> server.sessions().isEmpty());
        assertThat(serverSide.pendingCount()).isZero();
    }

    @Test
    void transmitterAndReceiverBindSeparatelyAndOurServerUnbindsTheReceiver() throws Exception {
        ChClient tx = new ChClient();
        ChClient rx = new ChClient();
        SmppSession transmitter = client.bind(config(SmppBindType.TRANSMITTER, "chtx"), tx);
        SmppSession receiver = client.bind(config(SmppBindType.RECEIVER, "chrx"), rx);
        assertThat(binds).extracting(BindRequest::systemId, BindRequest::bindType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chtx", BindType.TRANSMITTER),
                org.assertj.core.groups.Tuple.tuple("chrx", BindType.RECEIVER));
        await("our server sessions", () -> server.sessions().size() == 2);
        io.github.smppkit.session.SmppSession ourRx = server.sessions("chrx").get(0);
        assertThat(ourRx.bindType()).isEqualTo(BindType.RECEIVER);

        assertThat(transmitter.submit(submit(0, Interop.ascii(Interop.SHORT_TEXT)), WAIT_MILLIS).getMessageId())
                .isEqualTo("our-1");
        assertThat(ourRx.send(Interop.receipt("our-1")).status()).isEqualTo(CommandStatus.ESME_ROK);
        assertThat(rx.of(com.cloudhopper.smpp.pdu.DeliverSm.class)).singleElement().satisfies(d -> assertThat(
                DeliveryReceipt.parseShortMessage(new String(d.getShortMessage(), StandardCharsets.ISO_8859_1),
                        DateTimeZone.UTC).getMessageId()).isEqualTo("our-1"));
        assertThat(tx.requests).isEmpty();

        // our server unbinds the receiver: Cloudhopper answers, then sees its channel close
        ourRx.unbind();
        await("close reported", () -> !ours.closedReasons.isEmpty());
        assertThat(ours.closedReasons).containsExactly("unbound");
        assertThat(ours.count(ours.received, CommandId.UNBIND_RESP)).isEqualTo(1);
        assertThat(rx.of(com.cloudhopper.smpp.pdu.Unbind.class)).hasSize(1);
        await("Cloudhopper receiver channel closed",
                () -> !((DefaultSmppSession) receiver).getChannel().isConnected());

        transmitter.unbind(WAIT_MILLIS);
        assertThat(transmitter.isClosed()).isTrue();
        await("both closes reported", () -> ours.closedReasons.size() == 2);
        assertThat(ours.closedReasons).containsExactly("unbound", "peer unbound");
        assertThat(tx.errors).isEmpty();
        assertThat(rx.errors).isEmpty();
    }

    private static com.cloudhopper.smpp.pdu.SubmitSm submit(int esmClass, byte[] message) throws Exception {
        com.cloudhopper.smpp.pdu.SubmitSm sm = new com.cloudhopper.smpp.pdu.SubmitSm();
        sm.setSourceAddress(new Address((byte) 1, (byte) 1, Interop.SOURCE.value()));
        sm.setDestAddress(new Address((byte) 1, (byte) 1, Interop.DESTINATION.value()));
        sm.setRegisteredDelivery(SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED);
        sm.setEsmClass((byte) esmClass);
        sm.setShortMessage(message);
        return sm;
    }

    private SmppSessionConfiguration config(SmppBindType type, String systemId) {
        SmppSessionConfiguration cfg = new SmppSessionConfiguration(type, systemId, "secret");
        cfg.setName(systemId);
        cfg.setHost(HOST);
        cfg.setPort(server.localAddress().getPort());
        cfg.setConnectTimeout(WAIT_MILLIS);
        cfg.setBindTimeout(WAIT_MILLIS);
        cfg.setRequestExpiryTimeout(WAIT_MILLIS);
        cfg.setWindowWaitTimeout(WAIT_MILLIS);
        return cfg;
    }

    /** Cloudhopper's client side: records inbound requests, unexpected closes and anything it reports as an error. */
    private static final class ChClient extends DefaultSmppSessionHandler {
        final Queue<PduRequest<?>> requests = new ConcurrentLinkedQueue<>();
        final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger unexpectedlyClosed = new AtomicInteger();

        @Override
        @SuppressWarnings("rawtypes")
        public PduResponse firePduRequestReceived(PduRequest request) {
            requests.add(request);
            return request.createResponse();
        }

        @Override
        public void fireChannelUnexpectedlyClosed() {
            unexpectedlyClosed.incrementAndGet();
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

        <T> List<T> of(Class<T> type) {
            List<T> out = new ArrayList<>();
            for (PduRequest<?> r : requests) {
                if (type.isInstance(r)) {
                    out.add(type.cast(r));
                }
            }
            return out;
        }
    }
}
