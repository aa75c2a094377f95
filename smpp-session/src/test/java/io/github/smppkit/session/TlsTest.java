package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS with certificates made by the running JDK's keytool: trusted private certificate, wrong host refused. */
class TlsTest {

    private static final char[] PASSWORD = Keytool.PASSWORD;

    @TempDir
    static Path dir;

    private static KeyStore localhost;
    private static KeyStore otherHost;

    @BeforeAll
    static void certificates() throws Exception {
        localhost = keyStore("localhost", "dns:localhost,ip:127.0.0.1");
        otherHost = keyStore("other", "dns:other.example");
    }

    private static KeyStore keyStore(String name, String san) throws Exception {
        return Keytool.selfSigned(dir.resolve(name + ".p12"), name, san);
    }

    private static SmppServer tlsServer(KeyStore ks) {
        return SmppServer.start(SmppServer.builder().tls(TlsConfig.server(ks, PASSWORD)).build());
    }

    private static ClientConfig.Builder client(SmppServer server, KeyStore trusted) throws Exception {
        X509Certificate cert = (X509Certificate) trusted.getCertificate("smsc");
        return SmppClient.builder().host("localhost").port(server.localAddress().getPort()).systemId("esme")
                .tls(TlsConfig.trusting(cert));
    }

    @Test
    void bindsAndSubmitsOverTlsTrustingAPrivateCertificate() throws Exception {
        try (SmppServer server = tlsServer(localhost);
                SmppSession s = SmppClient.connect(client(server, localhost).build())) {
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
            assertThat(s.send(Fixtures.submit("over tls")).status().isOk()).isTrue();
            s.unbind();
            assertThat(s.pendingCount()).isZero();
        }
    }

    @Test
    void trustsTheCertificatesInPemText() throws Exception {
        // two blocks, the server's second: each one is trusted
        String pem = pem((X509Certificate) otherHost.getCertificate("smsc"))
                + pem((X509Certificate) localhost.getCertificate("smsc"));
        try (SmppServer server = tlsServer(localhost);
                SmppSession s = SmppClient.connect(client(server, localhost).tls(TlsConfig.trustingPem(pem))
                        .build())) {
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
        try (SmppServer server = tlsServer(localhost)) {
            String others = pem((X509Certificate) otherHost.getCertificate("smsc"));
            assertThatThrownBy(() -> SmppClient.connect(client(server, localhost).tls(TlsConfig.trustingPem(others))
                    .build())).isInstanceOf(SmppConnectionException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
        assertThatThrownBy(() -> TlsConfig.trustingPem("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                + "-----END CERTIFICATE-----\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pem: not X.509 certificates");
        assertThatThrownBy(() -> TlsConfig.trustingPem("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("certificates: none (expected at least one)");
    }

    private static String pem(X509Certificate cert) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void certificateForAnotherHostIsRefused() throws Exception {
        try (SmppServer server = tlsServer(otherHost)) {
            assertThatThrownBy(() -> SmppClient.connect(client(server, otherHost).build()))
                    .isInstanceOf(SmppConnectionException.class)
                    .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void untrustedCertificateIsRefused() throws Exception {
        try (SmppServer server = tlsServer(localhost)) {
            assertThatThrownBy(() -> SmppClient.connect(client(server, otherHost).build()))
                    .isInstanceOf(SmppConnectionException.class).hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void hostnameVerificationCanBeSwitchedOff() throws Exception {
        try (SmppServer server = tlsServer(otherHost);
                SmppSession s = SmppClient.connect(client(server, otherHost)
                        .tls(TlsConfig.trusting((X509Certificate) otherHost.getCertificate("smsc"))
                                .withHostnameVerification(false)).build())) {
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void outbindFromATlsServerIsPlainTcp() throws Exception {
        // SmppServer#outbind dials an ESME that listens in plain TCP, as SmppClient#acceptOutbind does
        try (SmppServer server = tlsServer(localhost);
                ServerSocket esme = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.outbind((InetSocketAddress) esme.getLocalSocketAddress(), "esme", "pw");
            try (RawClient raw = new RawClient(esme.accept())) {
                assertThat(raw.read()).isInstanceOf(Outbind.class);
            }
        }
    }

    @Test
    void aPlainClientAtATlsPortIsToldWhyNotAboutAHugeCommandLength() {
        // the server's TLS alert, read as a command_length, is 352 MB; the reason names what the octets are
        try (SmppServer server = tlsServer(localhost)) {
            assertThatThrownBy(() -> SmppClient.connect(SmppClient.builder().host("localhost")
                    .port(server.localAddress().getPort()).systemId("esme").build()))
                    .isInstanceOf(SmppException.class)
                    .hasMessageContaining("these octets are a TLS record: one side uses TLS and the other does not");
        }
    }

    @Test
    void aTlsClientAtAPlainPortIsToldSo() {
        try (SmppServer server = SmppServer.start(SmppServer.builder().port(0).build())) {
            assertThatThrownBy(() -> SmppClient.connect(SmppClient.builder().host("localhost")
                    .port(server.localAddress().getPort()).systemId("esme")
                    .tls(TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc"))).build()))
                    .isInstanceOf(SmppConnectionException.class)
                    .hasMessageContaining("the server answered without TLS: is it a plain TCP port?");
        }
    }

    @Test
    void aTlsClientAtAPortThatNeverHandshakesIsToldSo() throws Exception {
        // the kernel completes the TCP connection from the backlog; nothing ever answers the ClientHello
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> SmppClient.connect(SmppClient.builder().host("localhost")
                    .port(silent.getLocalPort()).systemId("esme").connectTimeout(Duration.ofMillis(300))
                    .tls(TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc"))).build()))
                    .isInstanceOf(SmppConnectionException.class)
                    .hasMessageContaining("took the TCP connection but did not complete the TLS handshake within");
        }
    }

    @Test
    void aTlsClientAtAPortThatTricklesItsHandshakeIsToldSoWithinTheConnectTimeout() throws Exception {
        // each octet comes well within the timeout, so a bound on each read alone would wait for all 16 KB
        try (ServerSocket trickling = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread smsc = new Thread(() -> {
                try (Socket s = trickling.accept()) {
                    OutputStream out = s.getOutputStream();
                    out.write(new byte[] {22, 3, 3, 0x40, 0}); // a 16 KB handshake record
                    for (int i = 0; i < 300; i++) {
                        Thread.sleep(100);
                        out.write(0);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client gave up
                }
            });
            smsc.setDaemon(true);
            smsc.start();
            long start = System.nanoTime();
            assertThatThrownBy(() -> SmppClient.connect(SmppClient.builder().host("localhost")
                    .port(trickling.getLocalPort()).systemId("esme").connectTimeout(Duration.ofSeconds(1))
                    .tls(TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc"))).build()))
                    .isInstanceOf(SmppConnectionException.class)
                    .hasMessageContaining("did not complete the TLS handshake within PT1S");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(15);
        }
    }

    @Test
    void bothEndsSendCloseNotifyBeforeClosing() throws Exception {
        // TLS 1.2 shows record types in clear; RFC 8446 6.1 (and OpenSSL 3 peers) want close_notify before FIN
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                        .tls(TlsConfig.server(localhost, PASSWORD).withProtocols(List.of("TLSv1.2"))).build());
                RecordRelay relay = new RecordRelay(server.localAddress().getPort())) {
            try (SmppSession s = SmppClient.connect(SmppClient.builder().host("localhost").port(relay.port())
                    .systemId("esme").tls(TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc")))
                    .build())) {
                s.unbind();
            }
            assertThat(relay.lastRecordType(true)).as("server's last record").isEqualTo(ALERT);
            assertThat(relay.lastRecordType(false)).as("client's last record").isEqualTo(ALERT);
        }
    }

    @Test
    void closeIsNotHeldByAPeerThatStopsReading() throws Exception {
        SmppServer server = tlsServer(localhost);
        SSLSocket ssl = (SSLSocket) TlsConfig.trusting(
                (X509Certificate) localhost.getCertificate("smsc")).sslContext().getSocketFactory()
                .createSocket("localhost", server.localAddress().getPort());
        try (RawClient peer = new RawClient(ssl)) {
            Thread sender = new Thread(() -> {
                try {
                    for (int seq = 1; ; seq++) {
                        peer.send(new EnquireLink(seq));
                    }
                } catch (IOException e) {
                    // closed by the server
                }
            });
            sender.setDaemon(true);
            sender.start();
            Thread.sleep(2_000); // the answers, never read, fill both buffers
            long start = System.nanoTime();
            server.close();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(8);
        }
    }

    @Test
    void closeDuringABlockedWriteSendsCloseNotifyOnceTheWriteEnds() throws Exception {
        // the client's writer is blocked on a full buffer when close starts; the SMSC reads again within the bound
        SSLContext serverTls = TlsConfig.server(localhost, PASSWORD).sslContext();
        try (ServerSocket smsc = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                RecordRelay relay = new RecordRelay(smsc.getLocalPort())) {
            CountDownLatch drain = new CountDownLatch(1);
            Thread smscThread = new Thread(() -> {
                try (Socket tcp = smsc.accept()) {
                    SSLSocket ssl = (SSLSocket) serverTls.getSocketFactory().createSocket(tcp, null, false);
                    ssl.setUseClientMode(false);
                    ssl.setEnabledProtocols(new String[] {"TLSv1.2"}); // record types in clear
                    RawClient peer = new RawClient(ssl);
                    Pdu bind = peer.read();
                    peer.send(new BindTransceiverResp(bind.sequenceNumber(), CommandStatus.ESME_ROK, "smsc",
                            Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34)));
                    drain.await();
                    // the TCP octets, undeciphered: only what reaches the relay matters
                    tcp.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (Exception e) {
                    // the test is over
                }
            });
            smscThread.start();
            SubmitSm big = Fixtures.submit("").toBuilder().tlvs(Tlvs.empty()
                    .with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[60_000]))).build();
            SmppSession s = SmppClient.connect(SmppClient.builder().host("localhost").port(relay.port())
                    .systemId("esme").windowSize(400).enquireLinkInterval(Duration.ZERO)
                    .tls(TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc"))).build());
            for (int i = 0; i < 400; i++) {
                s.sendAsync(big);
            }
            Thread.sleep(1_000); // 24 MB cannot all fit in the buffers on the way: the writer is blocked
            Thread closer = new Thread(s::close);
            closer.start();
            Thread.sleep(200);
            drain.countDown();
            closer.join(10_000);
            assertThat(relay.lastRecordType(false)).as("client's last record").isEqualTo(ALERT);
            smscThread.join(10_000);
        }
    }

    private static final int ALERT = 21;

    /** Forwards TCP both ways, half-closing like a real network, and keeps what each side sent. */
    private static final class RecordRelay implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final ByteArrayOutputStream fromServer = new ByteArrayOutputStream();
        private final ByteArrayOutputStream fromClient = new ByteArrayOutputStream();
        private final CountDownLatch ended = new CountDownLatch(2);
        private final Thread acceptor;
        private volatile Socket client;
        private volatile Socket upstream;

        RecordRelay(int serverPort) throws IOException {
            acceptor = new Thread(() -> {
                try {
                    client = listener.accept();
                    upstream = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                    new Thread(() -> pump(client, upstream, fromClient)).start();
                    pump(upstream, client, fromServer);
                } catch (IOException e) {
                    ended.countDown();
                }
            });
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        private void pump(Socket from, Socket to, ByteArrayOutputStream copy) {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = from.getInputStream().read(buf)) > 0; ) {
                    copy.write(buf, 0, n);
                    to.getOutputStream().write(buf, 0, n);
                }
                to.shutdownOutput();
            } catch (IOException e) {
                // a reset ends the copy as an end of stream would
            } finally {
                ended.countDown();
            }
        }

        /** The content type of the last complete TLS record one side sent before its end of stream. */
        int lastRecordType(boolean server) throws InterruptedException {
            assertThat(ended.await(10, TimeUnit.SECONDS)).as("both directions ended").isTrue();
            byte[] b = (server ? fromServer : fromClient).toByteArray();
            int type = -1;
            for (int i = 0; i + 5 <= b.length; i += 5 + ((b[i + 3] & 0xFF) << 8 | (b[i + 4] & 0xFF))) {
                type = b[i];
            }
            return type;
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket s : new Socket[] {client, upstream}) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }

    @Test
    void onlyTls12AndAboveByDefault() {
        assertThat(TlsConfig.DEFAULT_PROTOCOLS).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(List.copyOf(TlsConfig.systemDefault().protocols())).doesNotContain("TLSv1.1", "TLSv1");
    }
}
