package io.github.smppkit.session.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A blocking {@link SocketChannel}.
 *
 * <p>Thread-safety: see {@link Transport}.
 */
final class PlainTransport implements Transport {

    private final SocketChannel channel;
    private final InetSocketAddress remote;

    PlainTransport(SocketChannel channel) throws IOException {
        this.channel = channel;
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            channel.write(src);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            System.getLogger(PlainTransport.class.getName()).log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    /** Returns the socket, whose options the tests read. */
    Socket socket() {
        return channel.socket();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }
}
