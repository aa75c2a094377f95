package io.github.smppkit.session.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default thread factory: named platform daemon threads, so an application that forgets to close a session
 * can still exit.
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
    public Thread newThread(Runnable task) {
        Thread t = new Thread(task, "smppkit-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
