package io.github.smppkit.session;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS settings for a client or a server. A client verifies the server certificate against the context's trust
 * material and, with {@code hostnameVerification} (the default), that it names the host connected to. A
 * server uses the context's key material. Only the listed protocols are enabled (default TLSv1.3, TLSv1.2), on
 * the client's and the server's sockets alike, whatever the context or the JVM would enable; TLS 1.2 is the
 * floor, so only TLSv1.2 and TLSv1.3 may be listed.
 *
 * <p>Thread-safety: immutable (an {@link SSLContext} is thread-safe).
 *
 * @param sslContext the context
 * @param hostnameVerification whether a client checks the certificate names the host (ignored by servers)
 * @param protocols enabled protocols, not empty, each TLSv1.2 or TLSv1.3
 * @since 0.1.0
 */
public record TlsConfig(SSLContext sslContext, boolean hostnameVerification, List<String> protocols) {

    /** The default protocols. */
    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** What may be listed: TLS 1.2 and 1.3 only, as SECURITY.md promises, whatever the JVM still allows. */
    private static final Set<String> ALLOWED_PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");

    /**
     * Validates the settings.
     *
     * @param sslContext the context
     * @param hostnameVerification hostname check
     * @param protocols enabled protocols
     * @throws IllegalArgumentException if {@code protocols} is empty or lists anything but TLSv1.2 and TLSv1.3
     */
    public TlsConfig {
        if (sslContext == null) {
            throw new NullPointerException("sslContext");
        }
        protocols = List.copyOf(protocols);
        if (protocols.isEmpty()) {
            throw new IllegalArgumentException("protocols: empty (expected e.g. TLSv1.3, TLSv1.2)");
        }
        for (String p : protocols) {
            if (!ALLOWED_PROTOCOLS.contains(p)) {
                throw new IllegalArgumentException("protocols: " + p + " (expected TLSv1.3 or TLSv1.2)");
            }
        }
    }

    /**
     * Uses a context with hostname verification and the default protocols.
     *
     * @param sslContext the context
     * @return the settings
     */
    public static TlsConfig of(SSLContext sslContext) {
        return new TlsConfig(sslContext, true, DEFAULT_PROTOCOLS);
    }

    /**
     * Uses the JDK's default trust store (public CAs).
     *
     * @return the settings
     * @throws IllegalStateException if the default context is unavailable
     */
    public static TlsConfig systemDefault() {
        try {
            return of(SSLContext.getDefault());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("default SSLContext unavailable", e);
        }
    }

    /**
     * Trusts exactly the given certificates (a provider's private CA or self-signed certificate). As in the JDK's
     * PKIX validation, each is a trust anchor whose own dates are not checked: a pinned self-signed certificate
     * keeps working after it expires, while a server certificate that a trusted CA signed must be within its dates.
     *
     * @param certificates the certificates to trust, at least one
     * @return the settings
     */
    public static TlsConfig trusting(X509Certificate... certificates) {
        if (certificates.length == 0) {
            throw new IllegalArgumentException("certificates: none (expected at least one)");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < certificates.length; i++) {
                store.setCertificateEntry("trusted-" + i, certificates[i]);
            }
            return trusting(store);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("certificates: cannot build a trust store", e);
        }
    }

    /**
     * Trusts the certificates in PEM text ({@code -----BEGIN CERTIFICATE-----} blocks).
     *
     * @param pem the PEM text
     * @return the settings
     */
    public static TlsConfig trustingPem(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certs = new java.util.ArrayList<>();
            for (Certificate c : factory.generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                certs.add((X509Certificate) c);
            }
            return trusting(certs.toArray(new X509Certificate[0]));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("pem: not X.509 certificates", e);
        }
    }

    /**
     * Trusts the certificates of a trust store.
     *
     * @param trustStore the trust store
     * @return the settings
     */
    public static TlsConfig trusting(KeyStore trustStore) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return of(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStore: unusable", e);
        }
    }

    /**
     * Builds server settings from a key store holding the server's private key and certificate chain.
     *
     * @param keyStore the key store
     * @param keyPassword the key's password
     * @return the settings
     */
    public static TlsConfig server(KeyStore keyStore, char[] keyPassword) {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, keyPassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return of(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("keyStore: unusable", e);
        }
    }

    /**
     * Returns a copy with hostname verification switched.
     *
     * @param value whether to verify the host name
     * @return the copy
     */
    public TlsConfig withHostnameVerification(boolean value) {
        return new TlsConfig(sslContext, value, protocols);
    }

    /**
     * Returns a copy with other protocols.
     *
     * @param value the protocols, each TLSv1.2 or TLSv1.3
     * @return the copy
     * @throws IllegalArgumentException if {@code value} is empty or lists another protocol
     */
    public TlsConfig withProtocols(List<String> value) {
        return new TlsConfig(sslContext, hostnameVerification, value);
    }
}
