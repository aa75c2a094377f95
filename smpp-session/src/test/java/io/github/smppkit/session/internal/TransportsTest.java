package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Sockets that {@link Transports} opens or takes over are tuned: TCP_NODELAY, so that a lone PDU (an answer at
 * window 1) leaves at once instead of waiting for Nagle's algorithm, and SO_KEEPALIVE.
 */
class TransportsTest {

    @Test
    void connectedAndAcceptedPlainSocketsHaveNoDelayAndKeepAlive() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            Transport connected = Transports.connect("127.0.0.1", port, null, Duration.ofSeconds(10));
            try (SocketChannel accepted = listener.accept()) {
                assertThat(accepted.socket().getTcpNoDelay()).as("before tuning").isFalse();
                Transport taken = Transports.accept(accepted, null);

                Socket client = ((PlainTransport) connected).socket();
                assertThat(client.getTcpNoDelay()).isTrue();
                assertThat(client.getKeepAlive()).isTrue();
                assertThat(((PlainTransport) taken).socket()).isSameAs(accepted.socket());
                assertThat(accepted.socket().getTcpNoDelay()).isTrue();
                assertThat(accepted.socket().getKeepAlive()).isTrue();
            } finally {
                connected.close();
            }
        }
    }
}
