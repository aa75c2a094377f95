package io.github.smppkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS 1.2 is the floor: {@link TlsConfig} lists nothing older, and the sockets of both sides enable only what it
 * lists, even from a context whose sockets come with TLS 1.0 and 1.1 enabled.
 */
class TlsProtocolsTest {

    private static final String[] WEAK_TOO = {"TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1"};

    @TempDir
    Path dir;

    @Test
    void protocolsOlderThanTls12AreRefused() {
        TlsConfig tls = TlsConfig.systemDefault();
        for (List<String> weak : List.of(List.of("TLSv1", "TLSv1.1"), List.of("TLSv1.3", "TLSv1.1"),
                List.of("SSLv3"), List.of("TLSv1.2", "tlsv1.3"))) {
            assertThatThrownBy(() -> tls.withProtocols(weak)).as("%s", weak)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("protocols: ")
                    .hasMessageEndingWith("(expected TLSv1.3 or TLSv1.2)");
        }
        assertThatThrownBy(() -> new TlsConfig(tls.sslContext(), true, List.of("TLSv1.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("protocols: TLSv1.1 (expected TLSv1.3 or"
                        + " TLSv1.2)");
        assertThat(tls.withProtocols(List.of("TLSv1.2")).protocols()).containsExactly("TLSv1.2");
        assertThat(tls.withProtocols(List.of("TLSv1.3")).protocols()).containsExactly("TLSv1.3");
    }

    @Test
    void bothSidesEnableOnlyTheListedProtocolsWhateverTheContextEnables() throws Exception {
        KeyStore ks = Keytool.selfSigned(dir.resolve("smsc.p12"), "localhost", "dns:localhost,ip:127.0.0.1");
        List<SSLSocket> made = new CopyOnWriteArrayList<>();
        List<String[]> offered = new CopyOnWriteArrayList<>();
        SSLContext serverContext = weakToo(TlsConfig.server(ks, Keytool.PASSWORD).sslContext(), made, offered);
        SSLContext clientContext = weakToo(TlsConfig.trusting((X509Certificate) ks.getCertificate("smsc"))
                .sslContext(), made, offered);
        try (SmppServer server = SmppServer.start(SmppServer.builder()
                .tls(new TlsConfig(serverContext, true, List.of("TLSv1.2"))).build());
                SmppSession s = SmppClient.connect(SmppClient.builder().host("localhost")
                        .port(server.localAddress().getPort()).systemId("esme")
                        .tls(new TlsConfig(clientContext, true, TlsConfig.DEFAULT_PROTOCOLS)).build())) {
            assertThat(s.state()).isEqualTo(SessionState.BOUND);
            assertThat(made).hasSize(2);
            // without smppkit's restriction, these would be on offer
            assertThat(offered).allSatisfy(protocols -> assertThat(protocols).contains("TLSv1.1", "TLSv1"));
            for (SSLSocket socket : made) {
                if (socket.getUseClientMode()) {
                    assertThat(socket.getEnabledProtocols()).as("client").containsExactlyInAnyOrder("TLSv1.3",
                            "TLSv1.2");
                } else {
                    assertThat(socket.getEnabledProtocols()).as("server").containsExactly("TLSv1.2");
                }
                assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
            }
        }
    }

    /**
     * Wraps a context so that its sockets enable TLS 1.0 and 1.1 as well, as they would after a
     * {@code jdk.tls.client.protocols} setting or an edited {@code java.security}; keeps each socket and what it
     * enabled when made.
     */
    private static SSLContext weakToo(SSLContext real, List<SSLSocket> made, List<String[]> offered) {
        SSLSocketFactory realFactory = real.getSocketFactory();
        SSLSocketFactory factory = new SSLSocketFactory() {
            @Override
            public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
                SSLSocket socket = (SSLSocket) realFactory.createSocket(s, host, port, autoClose);
                socket.setEnabledProtocols(WEAK_TOO);
                offered.add(socket.getEnabledProtocols());
                made.add(socket);
                return socket;
            }

            @Override
            public String[] getDefaultCipherSuites() {
                return realFactory.getDefaultCipherSuites();
            }

            @Override
            public String[] getSupportedCipherSuites() {
                return realFactory.getSupportedCipherSuites();
            }

            // smppkit layers TLS over its own TCP sockets: the other ways to make one fail the test if used
            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
        SSLContextSpi spi = new SSLContextSpi() {
            @Override
            protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
                throw new UnsupportedOperationException("initialised already");
            }

            @Override
            protected SSLSocketFactory engineGetSocketFactory() {
                return factory;
            }

            @Override
            protected SSLServerSocketFactory engineGetServerSocketFactory() {
                throw new UnsupportedOperationException();
            }

            @Override
            protected SSLEngine engineCreateSSLEngine() {
                throw new UnsupportedOperationException();
            }

            @Override
            protected SSLEngine engineCreateSSLEngine(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            protected SSLSessionContext engineGetServerSessionContext() {
                return real.getServerSessionContext();
            }

            @Override
            protected SSLSessionContext engineGetClientSessionContext() {
                return real.getClientSessionContext();
            }
        };
        return new SSLContext(spi, real.getProvider(), real.getProtocol()) { };
    }
}
