package io.github.smppkit.session.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLSocket;

/**
 * A blocking {@link SSLSocket}; the handshake runs on first use (or explicitly for clients). Closing sends
 * close_notify (RFC 8446 section 6.1; OpenSSL 3 peers report a bare FIN as "unexpected eof") after any write under
 * way, and never waits more than {@link #CLOSE_NOTIFY_MILLIS} for both.
 *
 * <p>Thread-safety: see {@link Transport}.
 */
final class TlsTransport implements Transport {

    /** How long sending close_notify may take before the plain socket is closed under it. */
    static final long CLOSE_NOTIFY_MILLIS = 1_000;

    private final SSLSocket socket;
    private final Socket raw;
    private final InputStream in;
    private final OutputStream out;
    private final InetSocketAddress remote;
    private final ReentrantLock writeLock = new ReentrantLock();

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
        writeLock.lock();
        try {
            out.write(src.array(), src.arrayOffset() + src.position(), src.remaining());
            out.flush();
        } finally {
            writeLock.unlock();
        }
        src.position(src.limit());
    }

    @Override
    public void close() {
        sendCloseNotify();
        try {
            // The plain socket first: SSLSocket#close waits for a reader blocked in read.
            raw.close();
            socket.close();
        } catch (IOException e) {
            debug("close failed", e);
        }
    }

    private void sendCloseNotify() {
        // A peer that stopped reading can leave no room for the alert, or hold a write under way on a full buffer.
        // The JDK's delayer cuts either short, not the session's timer: close may run on that timer's only thread
        // (keepalive), which could not cut itself free.
        CompletableFuture<Void> cut = CompletableFuture.runAsync(this::closeRaw,
                CompletableFuture.delayedExecutor(CLOSE_NOTIFY_MILLIS, TimeUnit.MILLISECONDS));
        try {
            // A writer may still hold the lock just after its last flush, with the peer's answer already read.
            if (writeLock.tryLock(CLOSE_NOTIFY_MILLIS, TimeUnit.MILLISECONDS)) {
                try {
                    if (!socket.isOutputShutdown() && !raw.isClosed()) {
                        socket.shutdownOutput();
                    }
                } finally {
                    writeLock.unlock();
                }
            }
        } catch (IOException e) {
            debug("close_notify not sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cut.cancel(false);
        }
    }

    private void closeRaw() {
        try {
            raw.close();
        } catch (IOException e) {
            debug("close failed", e);
        }
    }

    private static void debug(String what, IOException e) {
        System.getLogger(TlsTransport.class.getName()).log(System.Logger.Level.DEBUG, what, e);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }
}
