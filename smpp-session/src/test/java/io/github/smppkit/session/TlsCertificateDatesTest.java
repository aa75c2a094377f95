package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link TlsConfig#trusting(X509Certificate...)} does with certificates past their dates: as the JDK's PKIX
 * validation does, a trusted certificate is an anchor whose own dates are not checked, so a pinned self-signed
 * certificate keeps working after it expires; a server certificate that a trusted CA signed must be in its dates.
 */
class TlsCertificateDatesTest {

    private static final String SAN = "dns:localhost,ip:127.0.0.1";

    @TempDir
    Path dir;

    @Test
    void aPinnedSelfSignedCertificateIsTrustedAfterItExpired() throws Exception {
        KeyStore expired = Keytool.selfSigned(dir.resolve("expired.p12"), "localhost", SAN, "-startdate", "-10d",
                "-validity", "2");
        X509Certificate pinned = (X509Certificate) expired.getCertificate("smsc");
        assertThatThrownBy(pinned::checkValidity).isInstanceOf(CertificateExpiredException.class);
        try (SmppServer server = server(expired);
                SmppSession session = SmppClient.connect(client(server, pinned))) {
            assertThat(session.state()).isEqualTo(SessionState.BOUND);
        }
    }

    @Test
    void anExpiredServerCertificateSignedByATrustedCaIsRefused() throws Exception {
        Path ca = dir.resolve("ca.p12");
        Path leaf = dir.resolve("leaf.p12");
        Path request = dir.resolve("leaf.csr");
        Path signed = dir.resolve("leaf.cer");
        Path caCert = dir.resolve("ca.cer");
        Keytool.run("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=ca",
                "-ext", "bc:c", "-validity", "30", "-storetype", "PKCS12", "-keystore", ca.toString());
        Keytool.selfSigned(leaf, "localhost", SAN);
        Keytool.run("-certreq", "-alias", "smsc", "-keystore", leaf.toString(), "-file", request.toString());
        Keytool.run("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(),
                "-outfile", signed.toString(), "-startdate", "-10d", "-validity", "2", "-ext", "SAN=" + SAN);
        Keytool.run("-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-file", caCert.toString());
        Keytool.run("-importcert", "-alias", "ca", "-keystore", leaf.toString(), "-file", caCert.toString());
        Keytool.run("-importcert", "-alias", "smsc", "-keystore", leaf.toString(), "-file", signed.toString());
        X509Certificate trustedCa = (X509Certificate) Keytool.load(ca).getCertificate("ca");

        try (SmppServer server = server(Keytool.load(leaf))) {
            assertThatThrownBy(() -> SmppClient.connect(client(server, trustedCa)))
                    .isInstanceOf(SmppConnectionException.class)
                    .hasRootCauseInstanceOf(CertificateExpiredException.class);
        }
    }

    private static SmppServer server(KeyStore keys) {
        return SmppServer.start(SmppServer.builder().tls(TlsConfig.server(keys, Keytool.PASSWORD)).build());
    }

    private static ClientConfig client(SmppServer server, X509Certificate trusted) {
        return SmppClient.builder().host("localhost").port(server.localAddress().getPort()).systemId("esme")
                .tls(TlsConfig.trusting(trusted)).build();
    }
}
