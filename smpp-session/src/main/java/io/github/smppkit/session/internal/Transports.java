package io.github.smppkit.session.internal;

import io.github.smppkit.session.TlsConfig;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
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
        return connect(List.of(InetAddress.getAllByName(host)), host, port, tls, timeout);
    }

    /**
     * Connects to the first of {@code addresses} that takes the TCP connection, trying them in order, each within
     * the timeout: a host name with several addresses (servers behind one name, or IPv6 and IPv4) reaches one that
     * is up when another is not. TLS then runs with that server only: a failure there is not the address's.
     *
     * @param addresses the host's addresses, at least one
     * @param host the name, for TLS hostname verification
     * @param port the port
     * @param tls TLS settings, or {@code null} for plain TCP
     * @param timeout bound on each TCP connect, and on the TLS handshake
     * @return the transport
     * @throws IOException the first address's failure, the others' suppressed in it, or the TLS failure
     */
    static Transport connect(List<InetAddress> addresses, String host, int port, TlsConfig tls, Duration timeout)
            throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        if (tls == null) {
            SocketChannel channel = firstReachable(addresses, port, SocketChannel::open, SocketChannel::socket,
                    millis);
            try {
                tune(channel.socket());
                return new PlainTransport(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        Socket raw = firstReachable(addresses, port, Socket::new, socket -> socket, millis);
        try {
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

    /** Opens a connection, not connected yet. */
    @FunctionalInterface
    private interface Opener<C> {
        C open() throws IOException;
    }

    private static <C extends Closeable> C firstReachable(List<InetAddress> addresses, int port, Opener<C> opener,
            Function<C, Socket> socketOf, int millis) throws IOException {
        IOException failure = null;
        for (InetAddress address : addresses) {
            C connection = opener.open();
            try {
                socketOf.apply(connection).connect(new InetSocketAddress(address, port), millis);
                return connection;
            } catch (IOException e) {
                connection.close();
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure == null) {
            throw new UnknownHostException("no address to connect to");
        }
        throw failure;
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
