package io.github.smppkit.session.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Times out own requests with one timer task per session instead of one per request (scheduling and cancelling
 * a task per send cost more than the rest of the send). The task is armed for the earliest deadline in the
 * pending map; when it fires it expires every entry past its deadline and re-arms for the earliest deadline
 * left. Under steady load that is about one task per response timeout, however many requests are sent, and no
 * request expires before its deadline.
 *
 * <p>Thread-safety: thread-safe; the armed deadline is read without the lock (a send usually finds one armed
 * no later than its own deadline); the lock is held only to change it and to schedule.
 */
final class TimeoutSweep {

    private final ReentrantLock lock = new ReentrantLock();
    private final ScheduledExecutorService timer;
    private final PendingMap pending;
    private final Consumer<Pending> expire;
    /** The deadline a task is scheduled for, null when none is; replaced whole so it is never read torn. */
    private volatile Armed armed;
    private ScheduledFuture<?> task;

    /** One scheduled sweep. */
    private record Armed(long at) {
    }

    /**
     * Creates the sweep of one pending map.
     *
     * @param timer the session's timer
     * @param pending the entries to watch
     * @param expire fails one entry whose deadline has passed (if it is still pending)
     */
    TimeoutSweep(ScheduledExecutorService timer, PendingMap pending, Consumer<Pending> expire) {
        this.timer = timer;
        this.pending = pending;
        this.expire = expire;
    }

    /**
     * Makes sure a sweep runs no later than {@code deadline}; call after putting the entry in the map.
     *
     * @param deadline a {@link System#nanoTime()} value
     * @throws java.util.concurrent.RejectedExecutionException if the timer has shut down
     */
    void arm(long deadline) {
        if (covers(armed, deadline)) {
            return;
        }
        lock.lock();
        try {
            if (covers(armed, deadline)) {
                return;
            }
            Armed next = new Armed(deadline);
            task = timer.schedule(() -> fire(next), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            armed = next;
        } finally {
            lock.unlock();
        }
    }

    private static boolean covers(Armed a, long deadline) {
        return a != null && a.at - deadline <= 0;
    }

    /** Cancels the armed task; entries left are failed by the session's close. */
    void stop() {
        lock.lock();
        try {
            if (task != null) {
                task.cancel(false);
            }
        } finally {
            lock.unlock();
        }
    }

    private void fire(Armed self) {
        lock.lock();
        try {
            // An entry put before this point is in the snapshot below: its sender read this sweep as armed
            // before the write below. One put after it finds none armed and arms again itself.
            if (armed == self) {
                armed = null;
            }
        } finally {
            lock.unlock();
        }
        long now = System.nanoTime();
        boolean left = false;
        long next = now;
        for (Pending p : pending.values()) {
            if (p.deadline - now <= 0) {
                expire.accept(p);
            } else if (!left || p.deadline - next < 0) {
                left = true;
                next = p.deadline;
            }
        }
        if (left) {
            arm(next);
        }
    }
}
