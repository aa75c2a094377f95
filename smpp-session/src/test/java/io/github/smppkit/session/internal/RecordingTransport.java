package io.github.smppkit.session.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A transport for writer tests: records each write's size and thread, {@code tryWrite} ones included; can block its
 * first write or fail. {@code tryWrite} takes nothing, as a transport that cannot tell, unless {@link #tryRoom} is
 * set: then it takes up to that many octets.
 */
final class RecordingTransport implements Transport {
    final List<Integer> writes = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CountDownLatch firstWriteStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean blockFirstWrite;
    volatile boolean fail;
    volatile int tryRoom = -1;

    @Override
    public int read(ByteBuffer dst) {
        return -1;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        if (fail) {
            throw new IOException("broken pipe");
        }
        // the thread first: tests wait on the size of writes, then read threads
        threads.add(Thread.currentThread().getName());
        writes.add(src.remaining());
        src.position(src.limit());
        if (blockFirstWrite && writes.size() == 1) {
            firstWriteStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
        }
    }

    @Override
    public boolean tryWrite(ByteBuffer src) throws IOException {
        if (fail) {
            throw new IOException("broken pipe");
        }
        int room = tryRoom;
        if (room < 0) {
            return false;
        }
        int n = Math.min(room, src.remaining());
        threads.add(Thread.currentThread().getName());
        writes.add(n);
        src.position(src.position() + n);
        return !src.hasRemaining();
    }

    @Override
    public void close() {
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return new InetSocketAddress("127.0.0.1", 2775);
    }
}
