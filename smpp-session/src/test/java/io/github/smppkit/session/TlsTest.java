package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smppkit.codec.pdu.Outbind;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS with certificates made by the running JDK's keytool: trusted private certificate, wrong host refused. */
class TlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

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
        Path file = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smsc", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + name, "-ext", "SAN=" + san, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "changeit", "-keypass",
                "changeit").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD);
        }
        return ks;
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
    void onlyTls12AndAboveByDefault() {
        assertThat(TlsConfig.DEFAULT_PROTOCOLS).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(List.copyOf(TlsConfig.systemDefault().protocols())).doesNotContain("TLSv1.1", "TLSv1");
    }
}
