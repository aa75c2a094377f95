package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.DeliverSm;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.ParamRetrieve;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.QueryLastMsgs;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What our server answers on the wire, probed with a raw client. */
class ServerBehaviourTest {

    private SmppServer server;

    private SmppServer start(ServerConfig.Builder b) {
        server = SmppServer.start(b.authenticator(BindAuthenticator.of("esme", "secret")).build());
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static BindTransceiver trx(int seq, String password, InterfaceVersion v) {
        return new BindTransceiver(seq, "esme", password, "", v, Address.EMPTY, Tlvs.empty());
    }

    private static Response answer(RawClient c, Pdu request) throws Exception {
        c.send(request);
        return (Response) c.read();
    }

    @Test
    void closeReleasesThePortBeforeItReturns() {
        // the acceptor is blocked in accept() when close() runs, so the socket only goes once that thread has left it
        start(SmppServer.builder().host("127.0.0.1").port(0));
        int port = server.localAddress().getPort();
        for (int i = 0; i < 200; i++) {
            server.close();
            start(SmppServer.builder().host("127.0.0.1").port(port));
        }
        assertThat(server.localAddress().getPort()).isEqualTo(port);
    }

    @Test
    void closeWithAGraceDoesNotWaitTheResponseTimeoutForAPeerThatNeverAnswersUnbind() throws Exception {
        // python-smpplib never answers unbind; a simulator stopped by a signal must not hang for the 30 s timeout
        start(SmppServer.builder().responseTimeout(Duration.ofSeconds(30)));
        try (RawClient c = new RawClient(server.localAddress())) {
            assertThat(answer(c, trx(1, "secret", InterfaceVersion.V34)).status()).isEqualTo(CommandStatus.ESME_ROK);
            long start = System.nanoTime();
            server.close(Duration.ofMillis(300));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(c.read()).isInstanceOf(Unbind.class);
            assertThat(c.closedByPeer()).isTrue();
        }
        assertThatThrownBy(() -> server.close(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsBeforeBindAreAnsweredInvalidBindStatus() throws Exception {
        start(SmppServer.builder());
        try (RawClient c = new RawClient(server.localAddress())) {
            Response r = answer(c, Fixtures.submit("x").withSequenceNumber(7));
            assertThat(r.commandId()).isEqualTo(CommandId.SUBMIT_SM_RESP);
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_RINVBNDSTS);
            assertThat(r.sequenceNumber()).isEqualTo(7);
            assertThat(answer(c, new EnquireLink(8)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void bindResponseCarriesScInterfaceVersionOnlyForV34Esmes() throws Exception {
        start(SmppServer.builder().systemId("smsc"));
        try (RawClient c = new RawClient(server.localAddress())) {
            BindResp r = (BindResp) answer(c, trx(1, "secret", InterfaceVersion.V34));
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(r.systemId()).isEqualTo("smsc");
            assertThat(r.tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).contains(0x34);
        }
        try (RawClient c = new RawClient(server.localAddress())) {
            // a 5.0 ESME learns that the server speaks 5.0 too
            BindResp r = (BindResp) answer(c, trx(1, "secret", InterfaceVersion.V50));
            assertThat(r.tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).contains(0x50);
        }
        try (RawClient c = new RawClient(server.localAddress())) {
            c.send(new BindTransmitter(1, "esme", "secret", "", InterfaceVersion.V33, Address.EMPTY, Tlvs.empty()));
            byte[] frame = c.readFrame();
            // header + "smsc\0", nothing after: a 3.3 ESME gets no TLV
            assertThat(frame).hasSize(16 + 5);
            assertThat(((BindResp) c.decode(frame)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void anAuthenticatorCanTakeAnEsmeBindingWithVersionZeroAs34() throws Exception {
        // larvitsmpp binds with interface_version 0 (its field left unset) yet refuses receipts without TLVs
        server = SmppServer.start(SmppServer.builder().systemId("smsc").authenticator(request ->
                request.interfaceVersion().supportsTlvs() ? BindDecision.accept()
                        : BindDecision.acceptAs(InterfaceVersion.V34)).build());
        try (RawClient c = new RawClient(server.localAddress())) {
            BindResp r = (BindResp) answer(c, trx(1, "secret", InterfaceVersion.of(0)));
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(r.tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)).contains(0x34);
            assertThat(Fixtures.eventually(() -> server.sessions().size() == 1
                    && server.sessions().get(0).state() == SessionState.BOUND)).isTrue();
            SmppSession session = server.sessions().get(0);
            assertThat(session.peerInterfaceVersion()).isEqualTo(InterfaceVersion.V34);
            session.sendAsync(Fixtures.receipt("7").toBuilder()
                    .tlvs(Tlvs.empty().with(StandardTlvs.RECEIPTED_MESSAGE_ID, "7")).build());
            DeliverSm d = (DeliverSm) c.read();
            assertThat(d.tlvs().get(StandardTlvs.RECEIPTED_MESSAGE_ID)).contains("7");
        }
        try (RawClient c = new RawClient(server.localAddress())) {
            // the authenticator leaves a 3.4 ESME's own version alone
            answer(c, trx(1, "secret", InterfaceVersion.V50));
            assertThat(Fixtures.eventually(() -> server.sessions().stream()
                    .anyMatch(s -> s.peerInterfaceVersion().equals(InterfaceVersion.V50)))).isTrue();
        }
    }

    @Test
    void theV33OnlyCommandsAreUnknownToAPeerBoundAs34() throws Exception {
        // reference §2.2: 0x22-0x24 are reserved from 3.4 on, so §2.4's generic_nack, not a _resp the peer drops
        start(SmppServer.builder().requestHandler((session, request) -> HandlerResult.answer(
                request.response(CommandStatus.ESME_RSYSERR))));
        try (RawClient c = new RawClient(server.localAddress())) {
            assertThat(answer(c, trx(1, "secret", InterfaceVersion.V34)).status()).isEqualTo(CommandStatus.ESME_ROK);
            for (Pdu request : List.of(new ParamRetrieve(2, "max_sm_length", Tlvs.empty()),
                    new QueryLastMsgs(3, Address.EMPTY, 5, Tlvs.empty()))) {
                Response r = answer(c, request);
                assertThat(r).isInstanceOf(GenericNack.class);
                assertThat(r.status()).isEqualTo(CommandStatus.ESME_RINVCMDID);
                assertThat(r.sequenceNumber()).isEqualTo(request.sequenceNumber());
            }
        }
        try (RawClient c = new RawClient(server.localAddress())) {
            // a 3.3 peer's commands go to the handler, whose answer is sent
            assertThat(answer(c, new BindTransmitter(1, "esme", "secret", "", InterfaceVersion.V33, Address.EMPTY,
                    Tlvs.empty())).status()).isEqualTo(CommandStatus.ESME_ROK);
            Response r = answer(c, new ParamRetrieve(2, "max_sm_length", Tlvs.empty()));
            assertThat(r.commandId()).isEqualTo(CommandId.PARAM_RETRIEVE_RESP);
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_RSYSERR);
        }
    }

    @Test
    void secondBindOnABoundConnectionIsAlreadyBound() throws Exception {
        start(SmppServer.builder());
        try (RawClient c = new RawClient(server.localAddress())) {
            assertThat(answer(c, trx(1, "secret", InterfaceVersion.V34)).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(answer(c, trx(2, "secret", InterfaceVersion.V34)).status())
                    .isEqualTo(CommandStatus.ESME_RALYBND);
        }
    }

    @Test
    void wrongPasswordIsRefusedAndTheConnectionClosed() throws Exception {
        start(SmppServer.builder());
        try (RawClient c = new RawClient(server.localAddress())) {
            assertThat(answer(c, trx(1, "wrong", InterfaceVersion.V34)).status())
                    .isEqualTo(CommandStatus.ESME_RINVPASWD);
            assertThat(c.closedByPeer()).isTrue();
        }
        assertThat(server.sessions()).isEmpty();
    }

    @Test
    void bindsBeyondThePerSystemIdLimitAreRefused() throws Exception {
        start(SmppServer.builder().maxBindsPerSystemId(1));
        try (RawClient a = new RawClient(server.localAddress());
                RawClient b = new RawClient(server.localAddress())) {
            assertThat(answer(a, trx(1, "secret", InterfaceVersion.V34)).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(answer(b, new BindReceiver(1, "esme", "secret", "", InterfaceVersion.V34, Address.EMPTY,
                    Tlvs.empty())).status()).isEqualTo(CommandStatus.ESME_RALYBND);
            assertThat(server.sessions("esme")).hasSize(1);
            assertThat(answer(a, new Unbind(2)).status()).isEqualTo(CommandStatus.ESME_ROK);
            assertThat(a.closedByPeer()).isTrue();
        }
        assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
        try (RawClient c = new RawClient(server.localAddress())) {
            assertThat(answer(c, trx(1, "secret", InterfaceVersion.V34)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aBoundPeerTricklingOnePduIsClosedAfterTheDeadPeerTimeout() throws Exception {
        start(SmppServer.builder().deadPeerTimeout(Duration.ofMillis(300)));
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            c.sendRaw(header(1000, 0x00000004, 2)); // a submit_sm that claims 1000 octets
            boolean closed = false;
            // one octet every 50 ms keeps the connection busy, but the PDU never completes
            for (int i = 0; i < 200 && !closed; i++) {
                try {
                    c.sendRaw(new byte[] {0});
                    Thread.sleep(50);
                } catch (java.io.IOException writeFailed) {
                    closed = true;
                }
                closed = closed || server.sessions().isEmpty();
            }
            assertThat(closed).as("slow peer closed").isTrue();
        }
        assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
    }

    @Test
    void unboundConnectionsCloseAfterTheBindTimeout() throws Exception {
        start(SmppServer.builder().bindTimeout(Duration.ofMillis(200)));
        try (RawClient c = new RawClient(server.localAddress())) {
            assertThat(c.closedByPeer()).isTrue();
        }
    }

    @Test
    void unknownCommandGetsGenericNackAndTheSessionGoesOn() throws Exception {
        start(SmppServer.builder());
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            c.sendRaw(header(16, 0x00000099, 5));
            Response nack = (Response) c.read();
            assertThat(nack).isInstanceOf(GenericNack.class);
            assertThat(nack.status()).isEqualTo(CommandStatus.ESME_RINVCMDID);
            assertThat(nack.sequenceNumber()).isEqualTo(5);
            assertThat(answer(c, new EnquireLink(6)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void undecodableSubmitGetsAnErrorSubmitSmRespAndTheSessionGoesOn() throws Exception {
        start(SmppServer.builder());
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            ByteBuffer b = ByteBuffer.allocate(19);
            b.putInt(19).putInt(0x00000004).putInt(0).putInt(11).put((byte) 'a').put((byte) 'b').put((byte) 'c');
            c.sendRaw(b.array());
            Response r = (Response) c.read();
            assertThat(r).isInstanceOf(SubmitSmResp.class);
            assertThat(r.sequenceNumber()).isEqualTo(11);
            // service_type "abc" has no NUL: the field's own status, 0x15 (reference §2.4, "field-specific")
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_RINVSERTYP);
            assertThat(answer(c, new EnquireLink(12)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void commandLengthBelowSixteenIsNackedAndClosed() throws Exception {
        start(SmppServer.builder());
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            c.sendRaw(header(8, 0x00000004, 9));
            Response nack = (Response) c.read();
            assertThat(nack.status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
            assertThat(c.closedByPeer()).isTrue();
        }
    }

    @Test
    void handlerExceptionIsAnsweredWithTheErrorStatusAndTheSessionSurvives() throws Exception {
        start(SmppServer.builder().requestHandler((session, request) -> {
            throw new IllegalStateException("boom");
        }));
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            Response r = answer(c, Fixtures.submit("x").withSequenceNumber(2));
            assertThat(r).isInstanceOf(SubmitSmResp.class);
            assertThat(r.status()).isEqualTo(CommandStatus.ESME_RSYSERR);
            assertThat(answer(c, new EnquireLink(3)).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void aConfiguredHandlerErrorStatusAnswersAThrowingOrNullReturningHandler() throws Exception {
        start(SmppServer.builder().handlerErrorStatus(CommandStatus.ESME_RSUBMITFAIL)
                .requestHandler((session, request) -> {
                    if (request.sequenceNumber() == 2) {
                        throw new IllegalStateException("boom");
                    }
                    return null;
                }));
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            for (int seq = 2; seq <= 3; seq++) {
                Response r = answer(c, Fixtures.submit("x").withSequenceNumber(seq));
                assertThat(r).isInstanceOf(SubmitSmResp.class);
                assertThat(r.sequenceNumber()).isEqualTo(seq);
                assertThat(r.status().code()).isEqualTo(0x00000045);
            }
        }
    }

    @Test
    void deferredHandlerAnswersLaterThroughRespond() throws Exception {
        AtomicReference<Runnable> later = new AtomicReference<>();
        start(SmppServer.builder().requestHandler((session, request) -> {
            later.set(() -> session.respond(SubmitSmResp.ok(request.sequenceNumber(), "later")));
            return HandlerResult.deferred();
        }));
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            c.send(Fixtures.submit("x").withSequenceNumber(2));
            assertThat(Fixtures.eventually(() -> later.get() != null)).isTrue();
            later.get().run();
            SubmitSmResp r = (SubmitSmResp) c.read();
            assertThat(r.messageId()).isEqualTo("later");
            assertThat(r.sequenceNumber()).isEqualTo(2);
        }
    }

    @Test
    void serverRefusesDeliverSmToATransmitterAndSubmitFromAReceiver() throws Exception {
        start(SmppServer.builder());
        try (SmppSession tx = SmppClient.connect(Fixtures.client(server, BindType.TRANSMITTER).build());
                SmppSession rx = SmppClient.connect(Fixtures.client(server, BindType.RECEIVER).build())) {
            SmppSession serverTx = server.sessions("esme").stream()
                    .filter(s -> s.bindType() == BindType.TRANSMITTER).findFirst().orElseThrow();
            DeliverSm receipt = Fixtures.receipt("1");
            assertThat(serverTx.sendAsync(receipt)).isCompletedExceptionally();
            assertThat(rx.sendAsync(Fixtures.submit("x"))).isCompletedExceptionally();
            assertThat(tx.send(Fixtures.submit("x")).status()).isEqualTo(CommandStatus.ESME_ROK);
        }
    }

    @Test
    void unansweredInboundBacklogIsBoundedAndClosesTheSession() throws Exception {
        start(SmppServer.builder().maxPendingInbound(2).deadPeerTimeout(Duration.ofMillis(200))
                .requestHandler((session, request) -> HandlerResult.deferred()));
        try (RawClient c = new RawClient(server.localAddress())) {
            answer(c, trx(1, "secret", InterfaceVersion.V34));
            for (int seq = 2; seq <= 4; seq++) {
                c.send(Fixtures.submit("x").withSequenceNumber(seq));
            }
            assertThat(c.closedByPeer()).isTrue();
        }
        assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
    }

    private static byte[] header(int length, int commandId, int seq) {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putInt(length).putInt(commandId).putInt(0).putInt(seq);
        return b.array();
    }
}
