package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smppkit.codec.pdu.BindTransceiverResp;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.SubmitSm;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Bytes;
import io.github.smppkit.codec.type.CommandStatus;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS peers that stall: one that never finishes its handshake or speaks no TLS at a TLS server is closed at the bind
 * timeout, or at once; one that stops reading is closed at the dead-peer timeout while our TLS write is blocked.
 */
class TlsStalledPeerTest {

    @TempDir
    static Path dir;

    private static KeyStore localhost;

    @BeforeAll
    static void certificate() throws Exception {
        localhost = Keytool.selfSigned(dir.resolve("localhost.p12"), "localhost", "dns:localhost,ip:127.0.0.1");
    }

    private static TlsConfig trustLocalhost() throws Exception {
        return TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc"));
    }

    @Test
    void aTlsServerClosesAPeerThatNeverFinishesItsHandshakeOrSendsNoTls() throws Exception {
        // the server's reader does the handshake; the bind timeout bounds it, not the accept loop
        try (SmppServer server = SmppServer.start(SmppServer.builder().bindTimeout(Duration.ofSeconds(1))
                .tls(TlsConfig.server(localhost, Keytool.PASSWORD)).build())) {
            // nothing, part of a ClientHello record, plain text
            byte[][] openings = {{}, {22, 3, 1, 0, 100, 1},
                    "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)};
            for (byte[] opening : openings) {
                long start = System.nanoTime();
                try (Socket peer = new Socket(InetAddress.getLoopbackAddress(), server.localAddress().getPort())) {
                    peer.setSoTimeout(20_000);
                    peer.getOutputStream().write(opening);
                    // alerts, if any, then the end of stream
                    peer.getInputStream().transferTo(OutputStream.nullOutputStream());
                }
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(15);
            }
            // and the server still serves
            try (SmppSession s = SmppClient.connect(SmppClient.builder().host("localhost")
                    .port(server.localAddress().getPort()).systemId("esme").tls(trustLocalhost()).build())) {
                assertThat(s.state()).isEqualTo(SessionState.BOUND);
            }
        }
    }

    @Test
    void theDeadPeerTimeoutClosesASessionWhoseTlsWriteIsBlocked() throws Exception {
        SSLContext serverTls = TlsConfig.server(localhost, Keytool.PASSWORD).sslContext();
        try (ServerSocket smsc = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CountDownLatch over = new CountDownLatch(1);
            Thread smscThread = new Thread(() -> {
                try (Socket tcp = smsc.accept()) {
                    SSLSocket ssl = (SSLSocket) serverTls.getSocketFactory().createSocket(tcp, null, false);
                    ssl.setUseClientMode(false);
                    RawClient peer = new RawClient(ssl);
                    Pdu bind = peer.read();
                    peer.send(new BindTransceiverResp(bind.sequenceNumber(), CommandStatus.ESME_ROK, "smsc",
                            Tlvs.empty().with(StandardTlvs.SC_INTERFACE_VERSION, 0x34)));
                    over.await(); // and never reads again
                } catch (Exception e) {
                    // the test is over
                }
            });
            smscThread.setDaemon(true);
            smscThread.start();
            SubmitSm big = Fixtures.submit("").toBuilder().tlvs(Tlvs.empty()
                    .with(StandardTlvs.MESSAGE_PAYLOAD, Bytes.of(new byte[60_000]))).build();
            try (SmppSession s = SmppClient.connect(SmppClient.builder().host("localhost").port(smsc.getLocalPort())
                    .systemId("esme").windowSize(400).enquireLinkInterval(Duration.ZERO)
                    .deadPeerTimeout(Duration.ofSeconds(1))
                    .tls(trustLocalhost()).build())) {
                CountDownLatch closed = new CountDownLatch(1);
                for (int i = 0; i < 400; i++) {
                    s.sendAsync(big).whenComplete((r, e) -> closed.countDown());
                }
                // 24 MB cannot all fit in the buffers on the way: the writer blocks until the check closes it
                assertThat(closed.await(20, TimeUnit.SECONDS)).isTrue();
                assertThat(Fixtures.eventually(() -> s.state() == SessionState.CLOSED)).isTrue();
            } finally {
                over.countDown();
            }
        }
    }
}
