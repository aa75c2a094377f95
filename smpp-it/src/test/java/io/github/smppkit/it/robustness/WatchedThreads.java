package io.github.smppkit.it.robustness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread factory for sessions under test: daemon threads whose uncaught exceptions are recorded, so a test can
 * assert that nothing escaped, and which remembers its threads so a test can see which are still alive.
 */
final class WatchedThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    WatchedThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        threads.removeIf(old -> !old.isAlive() && old.getState() == Thread.State.TERMINATED);
        threads.add(t);
        return t;
    }

    /** Returns what escaped any thread of this factory. */
    List<Throwable> uncaught() {
        return List.copyOf(uncaught);
    }

    /** Returns how many threads of this factory are alive now. */
    int alive() {
        int n = 0;
        for (Thread t : threads) {
            n += t.isAlive() ? 1 : 0;
        }
        return n;
    }

    /** Returns the names of the threads of this factory alive now. */
    List<String> aliveNames() {
        List<String> out = new java.util.ArrayList<>();
        for (Thread t : threads) {
            if (t.isAlive()) {
                out.add(t.getName());
            }
        }
        return out;
    }

    /** Returns how many threads this factory made. */
    int created() {
        return count.get();
    }
}
