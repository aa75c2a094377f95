package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.SubmitSmResp;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.Address;
import io.github.smppkit.codec.type.InterfaceVersion;
import java.io.File;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS sessions give back their descriptors and threads however they end: closed or unbound, refused by the client
 * (untrusted certificate, wrong host), dropped by the peer without close_notify, or closed by the server because the
 * peer never sent its ClientHello. A descriptor or thread kept per session would show as dozens.
 */
class TlsDescriptorLeakTest {

    private static final int SESSIONS = 60;
    /** Descriptors and threads the JVM may open meanwhile for itself, far fewer than one per session. */
    private static final int SLACK = 20;

    @TempDir
    Path dir;

    @Test
    void tlsSessionsGiveBackTheirDescriptorsAndThreadsHoweverTheyEnd() throws Exception {
        KeyStore localhost = Keytool.selfSigned(dir.resolve("localhost.p12"), "localhost", "dns:localhost");
        KeyStore other = Keytool.selfSigned(dir.resolve("other.p12"), "other", "dns:other.example");
        TlsConfig trustLocalhost = TlsConfig.trusting((X509Certificate) localhost.getCertificate("smsc"));
        TlsConfig trustOther = TlsConfig.trusting((X509Certificate) other.getCertificate("smsc"));
        try (SmppServer server = tlsServer(localhost); SmppServer wrongHost = tlsServer(other)) {
            ClientConfig.Builder client = SmppClient.builder().host("localhost").systemId("esme")
                    .enquireLinkInterval(Duration.ZERO).tls(trustLocalhost);
            for (int i = 0; i < 4; i++) {
                try (SmppSession s = SmppClient.connect(client.port(server.localAddress().getPort()).build())) {
                    s.unbind();
                }
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            long fds = openDescriptors();
            int threads = Thread.activeCount();
            for (int i = 0; i < SESSIONS; i++) {
                switch (i % 5) {
                    case 0:
                        try (SmppSession s = SmppClient.connect(client.port(server.localAddress().getPort())
                                .build())) {
                            assertThat(s.send(Fixtures.submit("x"))).isInstanceOf(SubmitSmResp.class);
                            if (i % 2 == 0) {
                                s.unbind();
                            }
                        }
                        break;
                    case 1:
                        assertThatThrownBy(() -> SmppClient.connect(client.port(server.localAddress().getPort())
                                .tls(trustOther).build())).isInstanceOf(SmppConnectionException.class);
                        break;
                    case 2:
                        assertThatThrownBy(() -> SmppClient.connect(client.port(wrongHost.localAddress().getPort())
                                .tls(trustOther).build())).isInstanceOf(SmppConnectionException.class);
                        break;
                    case 3:
                        dropAfterBind(trustLocalhost, server);
                        break;
                    default:
                        // never sends its ClientHello: the server closes it at the bind timeout
                        new Socket("localhost", server.localAddress().getPort()).close();
                        try (Socket silent = new Socket("localhost", server.localAddress().getPort())) {
                            silent.setSoTimeout(20_000);
                            // the server's alerts, then its end of stream
                            silent.getInputStream().transferTo(OutputStream.nullOutputStream());
                        }
                        break;
                }
                client.tls(trustLocalhost);
            }
            assertThat(Fixtures.eventually(() -> server.sessions().isEmpty())).isTrue();
            assertThat(Fixtures.eventually(() -> openDescriptors() <= fds + SLACK))
                    .as("descriptors after %d sessions: %d, before: %d", SESSIONS, openDescriptors(), fds).isTrue();
            assertThat(Fixtures.eventually(() -> Thread.activeCount() <= threads + SLACK))
                    .as("threads after %d sessions: %d, before: %d", SESSIONS, Thread.activeCount(), threads)
                    .isTrue();
        }
    }

    private static SmppServer tlsServer(KeyStore ks) {
        return SmppServer.start(SmppServer.builder().enquireLinkInterval(Duration.ZERO)
                .bindTimeout(Duration.ofMillis(500)).requestHandler((s, r) -> HandlerResult.defaultAnswer())
                .tls(TlsConfig.server(ks, Keytool.PASSWORD)).build());
    }

    /** Binds over TLS, then closes the TCP connection under it: no close_notify. */
    private static void dropAfterBind(TlsConfig tls, SmppServer server) throws Exception {
        Socket tcp = new Socket("localhost", server.localAddress().getPort());
        SSLSocket ssl = (SSLSocket) tls.sslContext().getSocketFactory().createSocket(tcp, "localhost",
                tcp.getPort(), false);
        RawClient peer = new RawClient(ssl);
        peer.send(new BindTransceiver(1, "esme", "", "", InterfaceVersion.V34, Address.EMPTY, Tlvs.empty()));
        peer.read();
        assertThat(Fixtures.eventually(() -> server.sessions().size() == 1)).isTrue();
        tcp.close();
    }

    private static long openDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        assumeTrue(fds != null, "counts descriptors through /proc (Linux)");
        return fds.length;
    }
}
