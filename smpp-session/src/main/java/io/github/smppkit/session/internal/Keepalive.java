package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.EnquireLink;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * The periodic keepalive check of one session: sends enquire_link after {@code enquireLinkInterval} without
 * reading anything; closes the session when that enquire_link is unanswered with nothing read for
 * {@code deadPeerTimeout}, when a write has been blocked that long (peer not reading: closing unblocks it), or when
 * a PDU has stayed incomplete that long (a peer trickling bytes).
 *
 * <p>Thread-safety: runs on the timer thread; the outstanding flag is volatile.
 */
final class Keepalive implements Runnable {

    private final Session session;
    private final Outflow outflow;
    private final Writer writer;
    private final long intervalNanos;
    private final long deadNanos;
    private volatile boolean outstanding;

    Keepalive(Session session, Outflow outflow, Writer writer) {
        this.session = session;
        this.outflow = outflow;
        this.writer = writer;
        this.intervalNanos = session.settings.enquireLinkInterval().toNanos();
        this.deadNanos = session.settings.deadPeerTimeout().toNanos();
    }

    /** Returns the check period: a quarter of the shorter of interval and dead-peer timeout, at least 5 ms. */
    static long period(Settings s) {
        long dead = s.deadPeerTimeout().toNanos();
        long interval = s.enquireLinkInterval().isZero() ? dead : s.enquireLinkInterval().toNanos();
        return Math.max(TimeUnit.MILLISECONDS.toNanos(5), Math.min(dead, interval) / 4);
    }

    @Override
    public void run() {
        if (session.isClosed()) {
            return;
        }
        long now = System.nanoTime();
        long stalled = writer.stalledSince();
        if (stalled != 0 && now - stalled > deadNanos) {
            session.close("dead peer: a write blocked for more than " + session.settings.deadPeerTimeout()
                    + " (peer not reading)");
            return;
        }
        long partial = session.partialFrameSince();
        if (partial != 0 && now - partial > deadNanos) {
            session.close("slow peer: a PDU still incomplete after " + session.settings.deadPeerTimeout());
            return;
        }
        if (intervalNanos == 0 || outstanding || session.state() != SessionState.BOUND
                || now - session.lastRead() < intervalNanos) {
            return;
        }
        ping(now);
    }

    private void ping(long sentAt) {
        outstanding = true;
        Pending p;
        try {
            p = outflow.register(new EnquireLink(0), 16, false, session.settings.deadPeerTimeout(), null);
        } catch (SmppException e) {
            outstanding = false;
            return;
        }
        p.future.whenComplete((r, t) -> {
            outstanding = false;
            if (t instanceof SmppTimeoutException && session.lastRead() - sentAt <= 0) {
                session.close("dead peer: no answer to enquire_link and nothing read for "
                        + session.settings.deadPeerTimeout());
            }
        });
    }
}
