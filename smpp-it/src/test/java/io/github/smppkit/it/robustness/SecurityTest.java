package io.github.smppkit.it.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindAuthenticator;
import io.github.smppkit.session.BindRequest;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.ReconnectPolicy;
import io.github.smppkit.session.ServerConfig;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppClient;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppServer;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.session.TlsConfig;
import io.github.smppkit.simulator.SimulatorEvent;
import io.github.smppkit.simulator.SmppSimulator;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import javax.net.ssl.SSLHandshakeException;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security (issue 10): passwords never show in toString, logs (at every level), exception messages and stack
 * traces, simulator events or JFR events; only TLS 1.2 and 1.3 are accepted by default and clients verify the
 * host name by default; servers and the simulator listen on 127.0.0.1 unless told otherwise.
 */
class SecurityTest {

    /** The secret used everywhere below (8 characters, the SMPP maximum). */
    private static final String SECRET = "Pw#9x7Qz";
    private static final String WRONG = "Wr#5k2Lm";
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- toString

    @Test
    void passwordsAreMaskedInEveryToString() throws Exception {
        ClientConfig config = clientConfig(2775, SECRET).build();
        List<Object> objects = new ArrayList<>(List.of(config, config.toBuilder().build(),
                new BindTransmitter(1, "esme", SECRET, "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()),
                new BindReceiver(1, "esme", SECRET, "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()),
                new BindTransceiver(1, "esme", SECRET, "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()),
                new Outbind(1, "smsc", SECRET, Tlvs.empty()),
                new BindRequest("esme", SECRET, "", BindType.TRANSCEIVER, InterfaceVersion.V34, Address.EMPTY,
                        new InetSocketAddress("127.0.0.1", 1))));
        ServerConfig serverConfig = SmppServer.builder().authenticator(BindAuthenticator.of("esme", SECRET)).build();
        objects.add(serverConfig);
        try (SmppServer server = SmppServer.start(serverConfig);
                SmppSession client = SmppClient.connect(clientConfig(server.localAddress().getPort(), SECRET).build());
                SmppSession reconnecting = SmppClient.connect(clientConfig(server.localAddress().getPort(), SECRET)
                        .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(50), Duration.ofSeconds(1)))
                        .build())) {
            objects.add(server);
            objects.add(client);
            objects.add(reconnecting);
            objects.addAll(server.sessions());
            assertThat(server.sessions()).hasSize(2);
            for (Object o : objects) {
                assertThat(o.toString()).as(o.getClass().getName()).doesNotContain(SECRET);
            }
        }
    }

    // ---------------------------------------------------------------- logs, exceptions, events, JFR

    @Test
    void passwordsAppearInNoLogExceptionSimulatorEventOrJfrEvent() throws Exception {
        List<String> texts = new ArrayList<>();
        List<SimulatorEvent> events = new CopyOnWriteArrayList<>();
        Path jfr = dir.resolve("bind.jfr");
        try (CapturedLogs logs = CapturedLogs.capture(Level.ALL); Recording recording = new Recording()) {
            for (String name : List.of("Bind", "Unbind", "Close", "Pdu", "ResponseLatency", "WindowFull",
                    "Throttled")) {
                recording.enable("io.github.smppkit." + name);
            }
            recording.enable("jdk.JavaExceptionThrow");
            recording.enable("jdk.JavaErrorThrow");
            recording.start();
            try (SmppServer server = SmppServer.start(SmppServer.builder()
                    .authenticator(BindAuthenticator.of("esme", SECRET)).build())) {
                int port = server.localAddress().getPort();
                SmppSession ok = SmppClient.connect(clientConfig(port, SECRET).build());
                texts.add(ok.toString());
                ok.unbind();
                texts.addAll(refusal(() -> SmppClient.connect(clientConfig(port, WRONG).build())));
                texts.addAll(refusal(() -> SmppClient.connect(clientConfig(port, SECRET).systemId("nobody").build())));
            }
            try (SmppSimulator smsc = SmppSimulator.builder().credential("esme", SECRET).listener(events::add)
                    .start()) {
                SmppClient.connect(clientConfig(smsc.port(), SECRET).build()).unbind();
                texts.addAll(refusal(() -> SmppClient.connect(clientConfig(smsc.port(), WRONG).build())));
            }
            texts.addAll(refusal(() -> clientConfig(2775, SECRET + "X").build()));
            recording.stop();
            recording.dump(jfr);
            texts.addAll(logs.texts());
            assertThat(logs.texts()).as("debug logging was on").isNotEmpty();
        }
        for (SimulatorEvent e : events) {
            texts.add(e.toString());
        }
        assertThat(events).anyMatch(e -> e instanceof SimulatorEvent.Bound);
        List<RecordedEvent> recorded = RecordingFile.readAllEvents(jfr);
        assertThat(recorded).as("JFR bind events")
                .anyMatch(e -> e.getEventType().getName().equals("io.github.smppkit.Bind"));
        assertThat(recorded).as("JFR close events")
                .anyMatch(e -> e.getEventType().getName().equals("io.github.smppkit.Close"));
        for (RecordedEvent e : recorded) {
            texts.add(e.toString());
        }
        for (String t : texts) {
            assertThat(t).doesNotContain(SECRET).doesNotContain(WRONG);
        }
    }

    /** Runs an action that must throw; returns the exception's message, toString and printed stack trace. */
    private static List<String> refusal(Runnable action) {
        Throwable thrown = null;
        try {
            action.run();
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertThat(thrown).as("refused").isNotNull();
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        thrown.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
        return List.of(String.valueOf(thrown.getMessage()), thrown.toString(), trace.toString(StandardCharsets.UTF_8));
    }

    @Test
    void wrongPasswordIsRefusedAsSuchWithoutNamingIt() {
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                .authenticator(BindAuthenticator.of("esme", SECRET)).build())) {
            assertThatThrownBy(() -> SmppClient.connect(clientConfig(server.localAddress().getPort(), WRONG).build()))
                    .isInstanceOfSatisfying(SmppBindException.class, e -> {
                        assertThat(e.status()).isEqualTo(CommandStatus.ESME_RINVPASWD);
                        assertThat(e.isPermanent()).isTrue();
                        assertThat(e.getMessage()).contains("esme").doesNotContain(WRONG).doesNotContain(SECRET);
                    });
        }
    }

    // ---------------------------------------------------------------- TLS

    @Test
    void serverRefusesATls11ClientAndServesATls12One() throws Exception {
        KeyStore ks = keyStore("localhost", "dns:localhost,ip:127.0.0.1");
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                .tls(TlsConfig.server(ks, STORE_PASSWORD)).build())) {
            try (Socket s = new Socket(server.localAddress().getAddress(), server.localAddress().getPort())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(clientHello(0x0302));
                byte[] alert = s.getInputStream().readNBytes(7);
                assertThat(alert).as("a TLS alert record").hasSize(7);
                assertThat(alert[0]).as("content type alert").isEqualTo((byte) 0x15);
                assertThat(alert[5]).as("fatal").isEqualTo((byte) 2);
                assertThat(alert[6]).as("protocol_version").isEqualTo((byte) 70);
            }
            X509Certificate cert = (X509Certificate) ks.getCertificate("smsc");
            try (SmppSession s = SmppClient.connect(clientConfig(server.localAddress().getPort(), SECRET)
                    .host("localhost").tls(TlsConfig.trusting(cert).withProtocols(List.of("TLSv1.2"))).build())) {
                assertThat(s.send(LiveSessionFuzzProperties.submit("over TLS 1.2")).status())
                        .isEqualTo(CommandStatus.ESME_ROK);
            }
        }
    }

    @Test
    void clientsVerifyTheHostNameByDefault() throws Exception {
        KeyStore other = keyStore("other", "dns:other.example");
        X509Certificate cert = (X509Certificate) other.getCertificate("smsc");
        TlsConfig trusting = TlsConfig.trusting(cert);
        assertThat(trusting.hostnameVerification()).isTrue();
        assertThat(TlsConfig.systemDefault().hostnameVerification()).isTrue();
        assertThat(trusting.protocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                .tls(TlsConfig.server(other, STORE_PASSWORD)).build())) {
            assertThatThrownBy(() -> SmppClient.connect(clientConfig(server.localAddress().getPort(), SECRET)
                    .host("localhost").tls(trusting).build()))
                    .isInstanceOf(SmppConnectionException.class).hasCauseInstanceOf(SSLHandshakeException.class)
                    .hasRootCauseInstanceOf(java.security.cert.CertificateException.class);
        }
    }

    /** A ClientHello offering only the given legacy version (no supported_versions extension). */
    private static byte[] clientHello(int version) {
        ByteBuffer body = ByteBuffer.allocate(256);
        body.putShort((short) version).put(new byte[32]).put((byte) 0);
        int[] suites = {0xC009, 0xC013, 0xC02B, 0xC02F, 0x002F, 0x0035};
        body.putShort((short) (suites.length * 2));
        for (int s : suites) {
            body.putShort((short) s);
        }
        body.put((byte) 1).put((byte) 0);
        byte[] groups = {0x00, 0x0a, 0x00, 0x04, 0x00, 0x02, 0x00, 0x17};
        byte[] points = {0x00, 0x0b, 0x00, 0x02, 0x01, 0x00};
        body.putShort((short) (groups.length + points.length)).put(groups).put(points);
        int n = body.position();
        ByteBuffer record = ByteBuffer.allocate(n + 9);
        record.put((byte) 0x16).putShort((short) 0x0301).putShort((short) (n + 4));
        record.put((byte) 1).put((byte) (n >>> 16)).putShort((short) n);
        record.put(body.array(), 0, n);
        return record.array();
    }

    private KeyStore keyStore(String name, String san) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smsc", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=" + san, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "changeit", "-keypass",
                "changeit").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, STORE_PASSWORD);
        }
        return ks;
    }

    // ---------------------------------------------------------------- listen addresses

    @Test
    void serverAndSimulatorListenOnLoopbackByDefault() {
        assertThat(SmppServer.builder().build().host()).isEqualTo("127.0.0.1");
        try (SmppServer server = SmppServer.start(SmppServer.builder().build());
                SmppSimulator smsc = SmppSimulator.builder().start()) {
            assertThat(server.localAddress().getAddress().isLoopbackAddress()).isTrue();
            assertThat(smsc.localAddress().getAddress().isLoopbackAddress()).isTrue();
        }
    }

    private static ClientConfig.Builder clientConfig(int port, String password) {
        return SmppClient.builder().host("127.0.0.1").port(port).systemId("esme").password(password)
                .bindType(BindType.TRANSCEIVER).bindTimeout(Duration.ofSeconds(5));
    }
}
