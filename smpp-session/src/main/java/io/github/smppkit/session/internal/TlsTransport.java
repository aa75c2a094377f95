package io.github.smppkit.session.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLSocket;

/**
 * A blocking {@link SSLSocket}; the handshake runs on first use (or explicitly for clients).
 *
 * <p>Thread-safety: see {@link Transport}.
 */
final class TlsTransport implements Transport {

    private final SSLSocket socket;
    private final Socket raw;
    private final InputStream in;
    private final OutputStream out;
    private final InetSocketAddress remote;

    TlsTransport(SSLSocket socket, Socket raw) throws IOException {
        this.socket = socket;
        this.raw = raw;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
        if (n > 0) {
            dst.position(dst.position() + n);
        }
        return n;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        out.write(src.array(), src.arrayOffset() + src.position(), src.remaining());
        out.flush();
        src.position(src.limit());
    }

    @Override
    public void close() {
        try {
            // The plain socket first: closing only the TLS layer can wait for a writer blocked on a full buffer.
            raw.close();
            socket.close();
        } catch (IOException e) {
            System.getLogger(TlsTransport.class.getName()).log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }
}
