package io.github.smppkit.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sockets that {@link Transports} opens or takes over are tuned: TCP_NODELAY, so that a lone PDU (an answer at
 * window 1) leaves at once instead of waiting for Nagle's algorithm, and SO_KEEPALIVE. A host name's addresses are
 * tried in turn until one takes the connection.
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

    @Test
    void theAddressesOfAHostAreTriedInTurnUntilOneTakesTheConnection() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            // nothing listens on 127.0.0.2 (loopback too on Linux): that address refuses at once
            InetAddress down = InetAddress.getByName("127.0.0.2");
            InetAddress up = InetAddress.getByName("127.0.0.1");
            listener.bind(new InetSocketAddress(up, 0));
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();

            Transport connected = Transports.connect(List.of(down, up), "smsc.example", port, null,
                    Duration.ofSeconds(10));
            try {
                assertThat(connected.remoteAddress()).isEqualTo(new InetSocketAddress(up, port));
            } finally {
                connected.close();
            }
        }
    }

    @Test
    void whenNoAddressTakesTheConnectionTheFirstFailureIsThrownWithTheOthers() throws Exception {
        int port;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            // a port that was free a moment ago: nothing listens there now on either address
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        List<InetAddress> addresses = List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.3"));

        assertThatThrownBy(() -> Transports.connect(addresses, "smsc.example", port, null, Duration.ofSeconds(10)))
                .isInstanceOf(ConnectException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(ConnectException.class));
    }
}
