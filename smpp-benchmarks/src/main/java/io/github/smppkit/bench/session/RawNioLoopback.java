package io.github.smppkit.bench.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The ceiling for the session group: no SMPP library, only blocking NIO channels over loopback. The client sends
 * pre-encoded submit_sm frames (sequence_number patched in place) with gathering writes, as many as the window
 * allows per write; the server reads whole frames and answers each with a pre-encoded submit_sm_resp, again with
 * one gathering write per read. No bind, no decoding beyond the header.
 *
 * <p>Thread-safety: driven by {@link SessionBench}; one load at a time.
 *
 * @since 0.1.0
 */
final class RawNioLoopback implements Loopback {

    private static final int RING = 1024;
    private static final int MASK = RING - 1;

    private final AtomicLongArray sentAt = new AtomicLongArray(RING);
    private ServerSocketChannel server;
    private SocketChannel client;
    private volatile RawLoad current;

    @Override
    public String library() {
        return "raw-nio";
    }

    @Override
    public void open(int maxWindow) throws IOException {
        if (maxWindow > RING) {
            throw new IllegalArgumentException("window above " + RING);
        }
        server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread echo = new Thread(this::serve, "raw-nio-server");
        echo.setDaemon(true);
        echo.start();
        client = SocketChannel.open(server.getLocalAddress());
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        Thread reader = new Thread(this::readResponses, "raw-nio-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void serve() {
        try (SocketChannel ch = server.accept()) {
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ByteBuffer in = ByteBuffer.allocateDirect(1 << 16);
            ByteBuffer template = SessionSample.respFrame();
            ByteBuffer[] out = new ByteBuffer[(1 << 16) / 16];
            for (int i = 0; i < out.length; i++) {
                out[i] = ByteBuffer.allocateDirect(template.remaining()).put(template.duplicate()).flip();
            }
            while (ch.read(in) >= 0) {
                in.flip();
                int n = 0;
                while (in.remaining() >= 16 && in.remaining() >= in.getInt(in.position())) {
                    ByteBuffer o = out[n++];
                    o.clear();
                    o.putInt(12, in.getInt(in.position() + 12));
                    in.position(in.position() + in.getInt(in.position()));
                }
                in.compact();
                while (n > 0 && out[n - 1].hasRemaining()) {
                    ch.write(out, 0, n);
                }
            }
        } catch (IOException e) {
            // the client closed the connection
        }
    }

    private void readResponses() {
        ByteBuffer in = ByteBuffer.allocateDirect(1 << 16);
        try {
            while (client.read(in) >= 0) {
                long now = System.nanoTime();
                in.flip();
                int n = 0;
                RawLoad load = current;
                while (in.remaining() >= 16 && in.remaining() >= in.getInt(in.position())) {
                    int seq = in.getInt(in.position() + 12);
                    load.recorder.record(now - sentAt.get(seq & MASK));
                    in.position(in.position() + in.getInt(in.position()));
                    n++;
                }
                in.compact();
                load.permits.release(n);
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public boolean blocking() {
        return false;
    }

    @Override
    public void send(Completion done) {
        throw new UnsupportedOperationException("the raw ceiling runs its own load");
    }

    @Override
    public Load customLoad(int window, LatencyRecorder recorder) {
        RawLoad load = new RawLoad(window, recorder);
        current = load;
        load.sender.start();
        return load;
    }

    @Override
    public void close() {
        try {
            client.close();
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One window's load: a sender thread batching as many frames as permits allow. */
    private final class RawLoad implements Load {
        private final int window;
        private final LatencyRecorder recorder;
        private final Semaphore permits;
        private final Thread sender;
        private volatile boolean running = true;
        private volatile Throwable error;

        RawLoad(int window, LatencyRecorder recorder) {
            this.window = window;
            this.recorder = recorder;
            this.permits = new Semaphore(window);
            this.sender = new Thread(this::send, "raw-nio-sender");
            this.sender.setDaemon(true);
        }

        private void send() {
            ByteBuffer template = SessionSample.submitSmFrame();
            ByteBuffer[] frames = new ByteBuffer[window];
            for (int i = 0; i < window; i++) {
                frames[i] = ByteBuffer.allocateDirect(template.remaining()).put(template.duplicate()).flip();
            }
            int seq = 1;
            try {
                while (running) {
                    if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("raw ceiling stalled");
                    }
                    int n = 1 + permits.drainPermits();
                    long now = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        frames[i].clear();
                        frames[i].putInt(12, seq);
                        sentAt.set(seq & MASK, now);
                        seq = seq == Integer.MAX_VALUE ? 1 : seq + 1;
                    }
                    while (frames[n - 1].hasRemaining()) {
                        client.write(frames, 0, n);
                    }
                }
            } catch (Throwable t) {
                error = t;
            }
        }

        @Override
        public void stop() throws InterruptedException {
            running = false;
            sender.join(30_000);
            if (!permits.tryAcquire(window, 30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("raw ceiling: requests still in flight after 30 s");
            }
            if (error != null) {
                throw new IllegalStateException("raw ceiling failed", error);
            }
        }
    }
}
