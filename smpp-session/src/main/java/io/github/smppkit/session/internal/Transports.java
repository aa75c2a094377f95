package io.github.smppkit.session.internal;

import io.github.smppkit.session.TlsConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Opens client transports and wraps accepted server connections.
 *
 * <p>Thread-safety: stateless.
 */
final class Transports {

    private Transports() {
    }

    static Transport connect(String host, int port, TlsConfig tls, Duration timeout) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        if (tls == null) {
            SocketChannel channel = SocketChannel.open();
            try {
                channel.socket().connect(address, millis);
                tune(channel.socket());
                return new PlainTransport(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        Socket raw = new Socket();
        try {
            raw.connect(address, millis);
            tune(raw);
            SSLSocket ssl = (SSLSocket) tls.sslContext().getSocketFactory().createSocket(raw, host, port, true);
            ssl.setUseClientMode(true);
            SSLParameters params = ssl.getSSLParameters();
            params.setProtocols(tls.protocols().toArray(new String[0]));
            if (tls.hostnameVerification()) {
                params.setEndpointIdentificationAlgorithm("HTTPS");
            }
            ssl.setSSLParameters(params);
            handshake(ssl, raw, millis);
            return new TlsTransport(ssl, raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Runs the client handshake within {@code millis}; reads after it block until closed. The read timeout stops a
     * peer that goes silent, the cut one that trickles its handshake, each octet within the read timeout.
     */
    private static void handshake(SSLSocket ssl, Socket raw, int millis) throws IOException {
        // whichever of the cut and the handshake's end comes first decides
        AtomicBoolean decided = new AtomicBoolean();
        CompletableFuture<Void> cut = CompletableFuture.runAsync(() -> {
            if (decided.compareAndSet(false, true)) {
                closeQuietly(raw);
            }
        }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
        ssl.setSoTimeout(millis);
        try {
            ssl.startHandshake();
        } catch (SocketTimeoutException e) {
            throw new HandshakeTimeoutException(e);
        } catch (IOException e) {
            throw decided.compareAndSet(false, true) ? e : new HandshakeTimeoutException(e);
        } finally {
            cut.cancel(false);
        }
        if (!decided.compareAndSet(false, true)) {
            // the cut came as the handshake ended: the socket under it is closed
            throw new HandshakeTimeoutException(new SocketTimeoutException("handshake ended as the socket was cut"));
        }
        ssl.setSoTimeout(0);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            System.getLogger(Transports.class.getName()).log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    /** The TCP connection was made, but the TLS handshake did not complete in time. */
    static final class HandshakeTimeoutException extends SocketTimeoutException {
        private static final long serialVersionUID = 1L;

        HandshakeTimeoutException(IOException cause) {
            super("TLS handshake timed out");
            initCause(cause);
        }
    }

    static Transport accept(SocketChannel channel, TlsConfig tls) throws IOException {
        tune(channel.socket());
        if (tls == null) {
            return new PlainTransport(channel);
        }
        Socket raw = channel.socket();
        SSLSocket ssl = (SSLSocket) tls.sslContext().getSocketFactory().createSocket(raw, null, raw.getPort(), true);
        ssl.setUseClientMode(false);
        SSLParameters params = ssl.getSSLParameters();
        params.setProtocols(tls.protocols().toArray(new String[0]));
        ssl.setSSLParameters(params);
        return new TlsTransport(ssl, raw);
    }

    private static void tune(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
    }
}
