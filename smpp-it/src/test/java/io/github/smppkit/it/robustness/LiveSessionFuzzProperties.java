package io.github.smppkit.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.EnquireLinkResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.it.robustness.Answers.Expected;
import io.github.smppkit.it.robustness.Answers.Outcome;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Live-session fuzzing (issue 10): byte mutations of valid PDUs written by a raw socket to a bound server
 * session, and by a raw socket playing SMSC to a bound client session. Every frame gets the answer the codec's
 * verdict and the SMPP rules call for (its own response or generic_nack with the right status and sequence
 * number, nothing, or a close when framing is lost) followed by the answer to a marker enquire_link, which
 * proves the session still reads. A third property sends the same kind of frames to a server connection that
 * is not bound yet (binds succeed there, other requests get ESME_RINVBNDSTS). No exception escapes a session
 * thread or is logged as an error, and the server keeps serving a well-behaved client throughout.
 */
class LiveSessionFuzzProperties {

    private static final int TRIES = 10_000;
    private static final int UNBOUND_TRIES = 3_000;
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MARKER = 0x7ABC0001;

    private WatchedThreads threads;
    private CapturedLogs logs;
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private int cases;

    private SmppServer server;
    private SmppSession bystander;
    private RawPeer toServer;
    private RawPeer unbound;

    private ServerSocket smsc;
    private SmppSession client;
    private RawPeer asSmsc;

    @BeforeProperty
    void start() throws Exception {
        threads = new WatchedThreads("fuzz");
        logs = CapturedLogs.capture(Level.INFO);
        server = SmppServer.start(SmppServer.builder().threadFactory(threads).maxBindsPerSystemId(100_000)
                .enquireLinkInterval(Duration.ZERO).bindTimeout(Duration.ofMinutes(10)).build());
        bystander = SmppClient.connect(clientConfig(server.localAddress().getPort(), "bystander"));
        smsc = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterProperty
    void stop() throws Exception {
        try {
            if (unbound != null) {
                assertServes(bystander);
                assertThat(seen).as("reactions exercised").containsKeys("framing lost", "generic_nack",
                        "error response", "discarded", "no answer", "bound", "enquire_link", "request not allowed");
            }
            if (toServer != null) {
                assertThat(bystander.state()).isEqualTo(SessionState.BOUND);
                assertServes(bystander);
                try (SmppSession fresh = SmppClient.connect(clientConfig(server.localAddress().getPort(), "fresh"))) {
                    assertServes(fresh);
                }
                assertThat(seen).as("reactions exercised").containsKeys("framing lost", "generic_nack",
                        "error response", "discarded", "no answer", "bind while bound", "enquire_link", "unbind",
                        "request handled", "request not allowed");
            }
            if (asSmsc != null) {
                clientStillServes();
                assertThat(seen).as("reactions exercised").containsKeys("framing lost", "generic_nack",
                        "error response", "discarded", "no answer", "bind while bound", "enquire_link", "unbind",
                        "request handled", "request not allowed");
            }
            assertThat(threads.uncaught()).as("uncaught exceptions on session threads").isEmpty();
            assertThat(logs.severe()).as("errors logged").isEmpty();
        } finally {
            closeAll();
        }
    }

    private void closeAll() throws IOException {
        if (toServer != null) {
            toServer.close();
        }
        if (unbound != null) {
            unbound.close();
        }
        if (asSmsc != null) {
            asSmsc.close();
        }
        if (client != null) {
            client.close();
        }
        bystander.close();
        server.close();
        smsc.close();
        logs.close();
    }

    @Provide
    Arbitrary<byte[]> frames() {
        return PduMutations.frames();
    }

    @Property(tries = TRIES)
    void serverAnswersEveryMutatedFrameAsTheCodecAndRulesSay(@ForAll("frames") byte[] frame) throws Exception {
        if (toServer == null) {
            toServer = boundRawClient();
        }
        assertThat(Answers.decoderFailed(frame)).as("codec safety net needed (decoder bug)").isFalse();
        if (exchange(toServer, frame, true)) {
            toServer.close();
            toServer = boundRawClient();
        }
        if (++cases % 1000 == 0) {
            assertServes(bystander);
        }
    }

    @Property(tries = UNBOUND_TRIES)
    void unboundServerConnectionAnswersEveryMutatedFrameAsTheCodecAndRulesSay(@ForAll("frames") byte[] frame)
            throws Exception {
        if (unbound == null) {
            unbound = RawPeer.connect(server.localAddress(), TIMEOUT_MILLIS);
        }
        Outcome want = Answers.ofUnbound(frame);
        if (exchange(unbound, frame, want) || want.category().equals("bound")) {
            unbound.close();
            unbound = RawPeer.connect(server.localAddress(), TIMEOUT_MILLIS);
        }
    }

    @Property(tries = TRIES)
    void clientAnswersEveryMutatedFrameAsTheCodecAndRulesSay(@ForAll("frames") byte[] frame) throws Exception {
        if (asSmsc == null) {
            connectClient();
        }
        if (exchange(asSmsc, frame, false)) {
            asSmsc.close();
            client.close();
            connectClient();
        }
    }

    /** Sends one case and checks the answer; returns whether the session closed (as it had to). */
    private boolean exchange(RawPeer peer, byte[] frame, boolean serverSide) throws IOException {
        return exchange(peer, frame, Answers.of(frame, serverSide));
    }

    private boolean exchange(RawPeer peer, byte[] frame, Outcome want) throws IOException {
        seen.merge(want.category(), 1, Integer::sum);
        int frameSeq = frame.length >= 16 ? ByteBuffer.wrap(frame).getInt(12) : 0;
        int marker = frameSeq == MARKER ? MARKER + 1 : MARKER;
        peer.write(want.closes() ? frame : concat(frame, RawPeer.CODEC.encode(new EnquireLink(marker, Tlvs.empty()))));
        List<Expected> got = new ArrayList<>();
        boolean closed = false;
        while (true) {
            Pdu p = peer.readPdu();
            if (p == null) {
                closed = true;
                break;
            }
            if (!want.closes() && p instanceof EnquireLinkResp && p.sequenceNumber() == marker) {
                break;
            }
            got.add(Expected.of(p));
        }
        String what = want.why() + " for " + hex(frame);
        assertThat(got).as(what).isEqualTo(want.answers());
        assertThat(closed).as("closed: " + what).isEqualTo(want.closes());
        return closed;
    }

    private RawPeer boundRawClient() throws IOException {
        RawPeer p = RawPeer.connect(server.localAddress(), TIMEOUT_MILLIS);
        p.write(PduMutations.seeds().get(4));
        Pdu resp = p.readPdu();
        assertThat(resp).isInstanceOf(BindTransceiverResp.class);
        assertThat(((BindTransceiverResp) resp).status()).isEqualTo(CommandStatus.ESME_ROK);
        return p;
    }

    private void connectClient() throws Exception {
        CompletableFuture<SmppSession> f = new CompletableFuture<>();
        threads.newThread(() -> {
            try {
                f.complete(SmppClient.connect(clientConfig(smsc.getLocalPort(), "fuzzed")));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        }).start();
        smsc.setSoTimeout(TIMEOUT_MILLIS);
        asSmsc = new RawPeer(smsc.accept(), TIMEOUT_MILLIS);
        Pdu bind = asSmsc.readPdu();
        asSmsc.send(new BindTransceiverResp(bind.sequenceNumber(), CommandStatus.ESME_ROK, "rawsmsc",
                Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34)));
        client = f.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void clientStillServes() throws Exception {
        CompletableFuture<SubmitSmResp> f = client.sendAsync(submit("still there"));
        Pdu p = asSmsc.readPdu();
        assertThat(p).isInstanceOf(SubmitSm.class);
        asSmsc.send(new SubmitSmResp(p.sequenceNumber(), CommandStatus.ESME_ROK, "x1", Tlvs.empty()));
        assertThat(f.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).messageId()).isEqualTo("x1");
    }

    private static void assertServes(SmppSession s) {
        assertThat(s.send(submit("well-behaved")).status()).isEqualTo(CommandStatus.ESME_ROK);
    }

    static SubmitSm submit(String text) {
        return SubmitSm.builder().source(Address.of(1, 1, "447700900123")).destination(Address.of(1, 1, "447700900456"))
                .shortMessage(Bytes.of(text.getBytes(StandardCharsets.US_ASCII))).build();
    }

    private ClientConfig clientConfig(int port, String systemId) {
        return SmppClient.builder().host("127.0.0.1").port(port).systemId(systemId).password("pw")
                .bindType(BindType.TRANSCEIVER).threadFactory(threads).enquireLinkInterval(Duration.ZERO)
                .responseTimeout(Duration.ofMillis(TIMEOUT_MILLIS)).build();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, 512); i++) {
            s.append(String.format("%02x", b[i]));
        }
        return s.append(b.length > 512 ? "... (" + b.length + " octets)" : "").toString();
    }
}
