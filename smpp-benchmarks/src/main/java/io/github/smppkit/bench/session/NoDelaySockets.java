package io.github.smppkit.bench.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * jSMPP connection factories that set TCP_NODELAY on both ends, as smppkit and the raw ceiling do: jSMPP leaves
 * Nagle's algorithm on, which at small windows measures delayed-ACK stalls rather than the library.
 *
 * <p>Thread-safety: stateless factories; the server connection is used by jSMPP's acceptor thread.
 *
 * @since 0.1.0
 */
final class NoDelaySockets {

    private NoDelaySockets() {
    }

    /**
     * Returns the client factory.
     *
     * @return a factory connecting with TCP_NODELAY
     */
    static ConnectionFactory client() {
        return (host, port) -> {
            Socket s = new Socket(host, port);
            s.setTcpNoDelay(true);
            return new SocketConnection(s);
        };
    }

    /**
     * Returns the server factory.
     *
     * @return a factory whose accepted sockets have TCP_NODELAY
     */
    static ServerConnectionFactory server() {
        return new ServerConnectionFactory() {
            @Override
            public ServerConnection listen(int port) throws IOException {
                return new Server(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
            }

            @Override
            public ServerConnection listen(int port, int timeout) throws IOException {
                ServerConnection c = listen(port);
                c.setSoTimeout(timeout);
                return c;
            }

            @Override
            public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
                ServerConnection c = new Server(new ServerSocket(port, backlog, InetAddress.getLoopbackAddress()));
                c.setSoTimeout(timeout);
                return c;
            }
        };
    }

    /** A listening socket whose accepted connections have TCP_NODELAY. */
    private static final class Server implements ServerConnection {

        private final ServerSocket socket;

        Server(ServerSocket socket) {
            this.socket = socket;
        }

        @Override
        public Connection accept() throws IOException {
            Socket s = socket.accept();
            s.setTcpNoDelay(true);
            return new SocketConnection(s);
        }

        @Override
        public void setSoTimeout(int timeout) throws IOException {
            socket.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws IOException {
            return socket.getSoTimeout();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
