package io.github.smppkit.session.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A transport for writer tests: records each write's size and thread; can block its first write or fail. */
final class RecordingTransport implements Transport {
    final List<Integer> writes = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CountDownLatch firstWriteStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean blockFirstWrite;
    volatile boolean fail;

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
    public void close() {
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return new InetSocketAddress("127.0.0.1", 2775);
    }
}
