package io.github.smppkit.bench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a window of requests in flight through {@link Loopback#send}: one sender thread and a semaphore for an
 * asynchronous client, or one thread per window slot for a blocking one.
 *
 * <p>Thread-safety: started and stopped by one thread.
 *
 * @since 0.1.0
 */
final class GenericLoad implements Loopback.Load {

    private final Loopback loopback;
    private final LatencyRecorder recorder;
    private final int window;
    private final Semaphore permits;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile Throwable error;

    private GenericLoad(Loopback loopback, int window, LatencyRecorder recorder) {
        this.loopback = loopback;
        this.window = window;
        this.recorder = recorder;
        this.permits = new Semaphore(window);
    }

    static GenericLoad start(Loopback loopback, int window, LatencyRecorder recorder) {
        GenericLoad load = new GenericLoad(loopback, window, recorder);
        int n = loopback.blocking() ? window : 1;
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(load::loop, "load-" + loopback.library() + "-" + i);
            t.setDaemon(true);
            load.threads.add(t);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    private void loop() {
        try {
            while (running) {
                if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no response for 10 s with " + window + " in flight");
                }
                long t0 = System.nanoTime();
                loopback.send(ok -> {
                    if (ok) {
                        recorder.record(System.nanoTime() - t0);
                    } else {
                        recorder.fail();
                    }
                    permits.release();
                });
            }
        } catch (Throwable t) {
            error = t;
            running = false;
        }
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        if (!permits.tryAcquire(window, 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(loopback.library() + ": requests still in flight after 30 s");
        }
        if (error != null) {
            throw new IllegalStateException(loopback.library() + " failed under load", error);
        }
    }
}
