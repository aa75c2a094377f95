package io.github.smppkit.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy in front of Redis that can swallow the next reply and cut the connection: the command reaches
 * Redis and runs, but its caller never hears back, as when a link drops at the wrong moment.
 */
final class ReplyDroppingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final AtomicBoolean dropNext = new AtomicBoolean();

    ReplyDroppingProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next reply from Redis is dropped and its connection closed. */
    void dropNextReply() {
        dropNext.set(true);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket redis = new Socket(InetAddress.getLoopbackAddress(), target);
                pump(client, redis, false);
                pump(redis, client, true);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean replies) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (replies && dropNext.compareAndSet(true, false)) {
                        to.close();
                        from.close();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed: close the other too.
            }
            try {
                to.close();
                from.close();
            } catch (IOException e) {
                // Already closed.
            }
        }, replies ? "proxy-replies" : "proxy-requests");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
