package io.github.smppkit.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.CodecConfig;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.text.IncompleteMessage;
import io.github.smppkit.codec.text.InboundPart;
import io.github.smppkit.codec.text.ReassemblyResult;
import io.github.smppkit.codec.text.Reassembler;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlv;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.dlr.CorrelationListener;
import io.github.smppkit.dlr.DeliveryReceipt;
import io.github.smppkit.dlr.HeldReceipt;
import io.github.smppkit.dlr.ReceiptCorrelator;
import io.github.smppkit.dlr.ReceiptOutcome;
import io.github.smppkit.dlr.ReceiptState;
import io.github.smppkit.dlr.RemovalCause;
import io.github.smppkit.dlr.Submission;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.HandlerResult;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Limits with clear errors (issue 10): PDU length, connections, binds per system_id, bind timeout, slow-loris
 * peers, unanswered inbound requests, pending reassemblies and correlator entries. Each limit is hit on purpose
 * and the test checks the peer gets the documented answer and the reason is stated (observer or log).
 */
class LimitsTest {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final WatchedThreads threads = new WatchedThreads("limits");
    private final List<String> closeReasons = new CopyOnWriteArrayList<>();
    private final SessionObserver observer = new SessionObserver() {
        @Override
        public void closed(SmppSession session, String reason) {
            closeReasons.add(reason);
        }
    };
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        assertThat(threads.uncaught()).isEmpty();
    }

    private SmppServer server(ServerConfig.Builder b) {
        SmppServer s = SmppServer.start(b.threadFactory(threads).sessionObserver(observer).build());
        toClose.add(s);
        return s;
    }

    private RawPeer raw(SmppServer s) throws IOException {
        RawPeer p = RawPeer.connect(s.localAddress(), TIMEOUT_MILLIS);
        toClose.add(p);
        return p;
    }

    private static void bind(RawPeer p, String systemId) throws IOException {
        p.send(new BindTransceiver(1, systemId, "pw", "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()));
        Pdu r = p.readPdu();
        assertThat(r).isInstanceOf(BindTransceiverResp.class);
        assertThat(((BindTransceiverResp) r).status()).isEqualTo(CommandStatus.ESME_ROK);
    }

    // ---------------------------------------------------------------- PDU length

    @Test
    void pduOfExactlyTheMaximumLengthIsServedAndOneOctetMoreIsNackedAndClosed() throws Exception {
        SmppServer s = server(SmppServer.builder());
        RawPeer p = raw(s);
        bind(p, "esme");
        int max = CodecConfig.DEFAULT_MAX_COMMAND_LENGTH;
        assertThat(s.config().codecConfig().maxCommandLength()).isEqualTo(max);

        p.send(submitOfLength(2, max));
        Pdu ok = p.readPdu();
        assertThat(ok).isInstanceOf(SubmitSmResp.class);
        assertThat(((SubmitSmResp) ok).status()).isEqualTo(CommandStatus.ESME_ROK);

        byte[] tooLong = new byte[max + 1];
        ByteBuffer.wrap(tooLong).putInt(max + 1).putInt(0x00000004).putInt(0).putInt(3);
        p.write(tooLong);
        Pdu nack = p.readPdu();
        assertThat(nack).isInstanceOf(GenericNack.class);
        assertThat(((GenericNack) nack).status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(nack.sequenceNumber()).isEqualTo(3);
        assertThat(p.closedByPeer()).isTrue();
        awaitReason("framing error: command_length " + (max + 1) + " > " + max);
    }

    @Test
    void headerClaimingFourGigabytesIsNackedAndClosedWithoutWaitingForTheBody() throws Exception {
        SmppServer s = server(SmppServer.builder());
        RawPeer p = raw(s);
        bind(p, "esme");
        p.write(ByteBuffer.allocate(16).putInt(0xFFFFFFFF).putInt(0x00000004).putInt(0).putInt(9).array());
        Pdu nack = p.readPdu();
        assertThat(nack).isInstanceOf(GenericNack.class);
        assertThat(((GenericNack) nack).status()).isEqualTo(CommandStatus.ESME_RINVCMDLEN);
        assertThat(p.closedByPeer()).isTrue();
    }

    /**
     * The codec refuses a PDU with more TLVs than {@code CodecConfig.maxTlvs} (256 by default; issue 10) before
     * building any of them. The worst case that fits the default maximum PDU, about 17,000 empty TLVs, is answered
     * with ESME_RINVTLVSTREAM and the session goes on.
     */
    @Test
    void pduWithMoreTlvsThanTheLimitIsRefusedAndTheSessionGoesOn() throws Exception {
        SmppServer s = server(SmppServer.builder());
        RawPeer p = raw(s);
        bind(p, "esme");
        SubmitSm base = submitOfLength(4, 100);
        int count = (CodecConfig.DEFAULT_MAX_COMMAND_LENGTH - 100) / 4;
        Tlvs.Builder many = Tlvs.builder();
        for (int i = 0; i < count; i++) {
            many.add(0x1400 + (i & 0xFF), Bytes.EMPTY);
        }
        SubmitSm worst = base.toBuilder().tlvs(many.build()).build();
        p.send(worst);
        Pdu r = p.readPdu();
        assertThat(r).isInstanceOf(SubmitSmResp.class);
        assertThat(((SubmitSmResp) r).status()).isEqualTo(CommandStatus.ESME_RINVTLVSTREAM);
        p.send(submitOfLength(5, 100));
        assertThat(p.readPdu().sequenceNumber()).isEqualTo(5);
    }

    private static SubmitSm submitOfLength(int seq, int length) {
        SubmitSm base = SubmitSm.builder().sequenceNumber(seq).source(Address.of(1, 1, "4477009001"))
                .destination(Address.of(1, 1, "4477009002")).build();
        int rest = length - RawPeer.CODEC.encodedLength(base);
        Tlvs tlvs = Tlvs.empty();
        if (rest > 60_004) {
            tlvs = tlvs.with(new Tlv(0x1400, Bytes.of(new byte[rest - 60_004 - 4])));
            rest = 60_004;
        }
        SubmitSm big = base.toBuilder().tlvs(tlvs.with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[rest - 4])))
                .build();
        assertThat(RawPeer.CODEC.encodedLength(big)).isEqualTo(length);
        return big;
    }

    // ---------------------------------------------------------------- connections and binds

    @Test
    void connectionsBeyondTheMaximumAreClosedAndLoggedAndTheOthersStillBind() throws Exception {
        try (CapturedLogs logs = CapturedLogs.capture(Level.INFO)) {
            SmppServer s = server(SmppServer.builder().maxConnections(3));
            RawPeer a = raw(s);
            RawPeer b = raw(s);
            RawPeer c = raw(s);
            RawPeer d = raw(s);
            assertThat(d.closedByPeer()).isTrue();
            assertThat(logs.texts()).anyMatch(t -> t.contains("connection refused") && t.contains("maxConnections 3"));
            bind(a, "a");
            bind(b, "b");
            bind(c, "c");
            a.close();
            assertThat(bindsWithinTries(s, 50)).as("a slot frees when a connection closes").isTrue();
        }
    }

    private boolean bindsWithinTries(SmppServer s, int tries) throws Exception {
        for (int i = 0; i < tries; i++) {
            try (RawPeer p = RawPeer.connect(s.localAddress(), TIMEOUT_MILLIS)) {
                p.send(new BindTransceiver(1, "late", "pw", "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()));
                Pdu r = p.readPdu();
                if (r instanceof BindTransceiverResp && ((BindTransceiverResp) r).status().isOk()) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void bindsPerSystemIdBeyondTheMaximumAreRefusedWithAlreadyBound() throws Exception {
        SmppServer s = server(SmppServer.builder().maxBindsPerSystemId(2));
        SmppSession one = client(s, "acct");
        client(s, "acct");
        assertThatThrownBy(() -> client(s, "acct")).isInstanceOf(SmppBindException.class)
                .hasMessageContaining("acct").hasMessageContaining("ESME_RALYBND")
                .satisfies(e -> assertThat(((SmppBindException) e).status()).isEqualTo(CommandStatus.ESME_RALYBND));
        assertThat(s.sessions("acct")).hasSize(2);
        client(s, "other");
        one.unbind();
        SmppSession again = null;
        for (int i = 0; i < 50 && again == null; i++) {
            try {
                again = client(s, "acct");
            } catch (SmppBindException e) {
                assertThat(e.status()).isEqualTo(CommandStatus.ESME_RALYBND);
                Thread.sleep(100);
            }
        }
        assertThat(again).as("the slot of an unbound session is given back").isNotNull();
    }

    private SmppSession client(SmppServer s, String systemId) {
        SmppSession c = SmppClient.connect(SmppClient.builder().host("127.0.0.1").port(s.localAddress().getPort())
                .systemId(systemId).password("pw").bindType(BindType.TRANSCEIVER).threadFactory(threads).build());
        toClose.add(c);
        return c;
    }

    // ---------------------------------------------------------------- idle and slow peers

    @Test
    void idleUnboundConnectionIsClosedByTheBindTimeout() throws Exception {
        SmppServer s = server(SmppServer.builder().bindTimeout(Duration.ofMillis(300)));
        RawPeer p = raw(s);
        assertThat(p.closedByPeer()).isTrue();
        awaitReason("not bound within PT0.3S");
    }

    @Test
    void slowLorisSendingOneOctetAtATimeIsClosedByTheBindTimeoutAndHoldsNoThread() throws Exception {
        SmppServer s = server(SmppServer.builder().bindTimeout(Duration.ofMillis(500)));
        RawPeer warmUp = raw(s);
        bind(warmUp, "warm-up");
        assertThat(threads.alive()).as("acceptor, timer, reader, writer").isEqualTo(4);
        warmUp.close();
        int baseline = awaitAlive(2, 2);
        assertThat(threads.aliveNames()).as("acceptor and timer only").hasSize(2);
        byte[] bind = RawPeer.CODEC.encode(new BindTransceiver(1, "slowloris", "pw", "", InterfaceVersion.V34,
                Address.EMPTY, Tlvs.empty()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(s.localAddress().getAddress(), s.localAddress().getPort()));
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                for (byte octet : bind) {
                    out.write(octet);
                    out.flush();
                    Thread.sleep(150);
                }
            } catch (IOException expected) {
                // the server closed the connection under us
            }
            int read;
            try {
                read = socket.getInputStream().read();
            } catch (IOException reset) {
                read = -1;
            }
            assertThat(read).as("no bind_resp, only the close").isEqualTo(-1);
        }
        awaitReason("not bound within PT0.5S");
        assertThat(awaitAlive(baseline, baseline)).as("session threads gone: " + threads.aliveNames())
                .isLessThanOrEqualTo(baseline);
    }

    /** Waits (bounded) until at most {@code max} watched threads are alive; returns the count then. */
    private int awaitAlive(int max, int limit) throws InterruptedException {
        int alive = threads.alive();
        for (int i = 0; i < 100 && alive > Math.min(max, limit); i++) {
            Thread.sleep(100);
            alive = threads.alive();
        }
        return alive;
    }

    @Test
    void inboundRequestsLeftUnansweredBeyondTheLimitCloseTheSessionWithTheReason() throws Exception {
        SmppServer s = server(SmppServer.builder().maxPendingInbound(5).deadPeerTimeout(Duration.ofMillis(300))
                .requestHandler((session, request) -> HandlerResult.deferred()));
        RawPeer p = raw(s);
        bind(p, "esme");
        for (int i = 0; i < 6; i++) {
            p.send(submitOfLength(10 + i, 200));
        }
        assertThat(p.closedByPeer()).isTrue();
        awaitReason("(maxPendingInbound)");
    }

    private void awaitReason(String part) throws InterruptedException {
        for (int i = 0; i < 100 && closeReasons.stream().noneMatch(r -> r.contains(part)); i++) {
            Thread.sleep(50);
        }
        assertThat(closeReasons).anyMatch(r -> r.contains(part));
    }

    // ---------------------------------------------------------------- reassembly and receipts

    @Test
    void pendingReassembliesAreBoundedAndEveryGivenUpMessageIsReported() {
        List<IncompleteMessage> givenUp = new ArrayList<>();
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        InstantSource clock = now::get;
        Reassembler r = Reassembler.builder().maxPendingMessages(3).maxAge(Duration.ofMinutes(1)).clock(clock)
                .onIncomplete(givenUp::add).build();
        for (int ref = 1; ref <= 5; ref++) {
            assertThat(r.accept(part(ref, 1))).isInstanceOf(ReassemblyResult.Pending.class);
        }
        assertThat(r.pendingCount()).isEqualTo(3);
        assertThat(givenUp).extracting(IncompleteMessage::reference).containsExactly(1, 2);
        assertThat(givenUp).extracting(IncompleteMessage::reason).containsOnly(IncompleteMessage.Reason.EVICTED);
        assertThat(r.accept(part(5, 2))).isInstanceOf(ReassemblyResult.Complete.class);
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertThat(r.expire()).extracting(IncompleteMessage::reference).containsExactly(3, 4);
        assertThat(r.pendingCount()).isZero();
        assertThat(givenUp).hasSize(4);
    }

    private static InboundPart part(int ref, int seq) {
        byte[] data = {5, 0, 3, (byte) ref, 2, (byte) seq, 'h', 'i'};
        return new InboundPart("4477009001", "12345", 0, true, Bytes.of(data), Optional.empty());
    }

    @Test
    void correlatorEntriesAreBoundedAndEveryEvictionIsReported() {
        List<String> evicted = new CopyOnWriteArrayList<>();
        ReceiptCorrelator<Integer> c = ReceiptCorrelator.<Integer>builder().maxSubmitted(3).maxHeldReceipts(2)
                .listener(new CorrelationListener<Integer>() {
                    @Override
                    public void submissionRemoved(Submission<Integer> submission, RemovalCause cause) {
                        evicted.add("submission " + submission.messageId() + " " + cause);
                    }

                    @Override
                    public void receiptRemoved(HeldReceipt receipt, RemovalCause cause) {
                        evicted.add("receipt " + receipt.receipt().messageId() + " " + cause);
                    }
                }).build();
        for (int i = 1; i <= 5; i++) {
            assertThat(c.submitted("acct", "s" + i, i)).isEmpty();
        }
        assertThat(c.pendingSubmissions()).isEqualTo(3);
        for (int i = 1; i <= 4; i++) {
            DeliveryReceipt dr = DeliveryReceipt.builder().id("r" + i).stat(ReceiptState.DELIVRD).build();
            assertThat(c.received("acct", dr)).isInstanceOf(ReceiptOutcome.Held.class);
        }
        assertThat(c.heldReceipts()).isEqualTo(2);
        assertThat(evicted).containsExactly("submission s1 EVICTED", "submission s2 EVICTED", "receipt r1 EVICTED",
                "receipt r2 EVICTED");
    }
}
