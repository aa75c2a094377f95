package io.github.smppkit.simulator.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default thread factory: named daemon threads, so a forgotten simulator never keeps a JVM alive.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class DaemonThreads implements ThreadFactory {

    /** The shared instance. */
    public static final DaemonThreads INSTANCE = new DaemonThreads();

    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads() {
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, "smppkit-simulator-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
