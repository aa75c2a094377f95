package io.github.smppkit.session.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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

    /** {@code Thread.isVirtual()}, or null before Java 21. */
    private static final MethodHandle IS_VIRTUAL = isVirtualMethod();

    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads() {
    }

    /**
     * Tells whether a thread is a virtual thread (Java 21+), without the Java 21 API this module cannot compile
     * against.
     *
     * @param t the thread
     * @return false on Java 17, which has none
     */
    static boolean isVirtual(Thread t) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(t);
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.isVirtual failed", e);
        }
    }

    private static MethodHandle isVirtualMethod() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual",
                    MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread t = new Thread(task, "smppkit-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
