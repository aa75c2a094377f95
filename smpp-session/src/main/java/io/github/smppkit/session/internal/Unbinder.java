package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The graceful unbind of a session: refuse new requests, let those in flight finish and answer the peer's (both
 * bounded by the response timeout), send unbind, and close once unbind_resp is read (or the response timeout
 * passes) and the answers to requests that crossed it are written. Answers go out before unbind: a peer that
 * closes on unbind would otherwise not read them, and send its deliver_sm (a receipt, say) again on the next bind.
 * For the same reason the peer's unbind is answered after its earlier requests, and the session then reads on for
 * answers to ours still in flight (each bounded by {@link #PEER_UNBIND_GRACE}).
 *
 * <p>Thread-safety: thread-safe; a second caller waits (bounded) for the first unbind to finish.
 */
final class Unbinder {

    private static final System.Logger LOG = System.getLogger(Unbinder.class.getName());

    /**
     * The longest an unbind waits for answers owed to the peer, and for the peer's answers to our requests after
     * its unbind; peers wait 2-5 s for an unbind_resp.
     */
    static final Duration PEER_UNBIND_GRACE = Duration.ofSeconds(1);

    private final Session session;
    private final ScheduledExecutorService timer;
    private final Duration timeout;
    private final AtomicBoolean reported = new AtomicBoolean();

    Unbinder(Session session, ScheduledExecutorService timer) {
        this.session = session;
        this.timer = timer;
        this.timeout = session.settings.responseTimeout();
    }

    void unbind() {
        if (!session.moveState(SessionState.UNBINDING, SessionState.BOUND)) {
            if (session.state() == SessionState.UNBINDING && !session.onReaderThread()) {
                if (!session.awaitClosed(timeout.multipliedBy(2))) {
                    LOG.log(Level.DEBUG, "unbind under way did not finish in time");
                }
            }
            session.close("unbound");
            return;
        }
        if (session.onReaderThread()) {
            // Waiting here would stop the very reads that end the wait: finish when the answer is read.
            session.sendControl(new Unbind(0), timeout, null).future.whenComplete((r, t) -> unbound());
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        session.outflow().drain(deadline);
        session.inflow().drain(deadline);
        try {
            // Ending on the reader thread as the unbind_resp is read, before the peer's close can be seen.
            Pending p = session.sendControl(new Unbind(0), timeout, r -> unbound());
            p.future.get(Math.max(1, deadline - System.nanoTime()) + timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | SmppException e) {
            LOG.log(Level.DEBUG, () -> "unbind not answered: " + e);
        }
        unbound();
        if (!session.awaitClosed(Duration.ofNanos(3 * graceNanos()))) {
            LOG.log(Level.DEBUG, "answers owed at unbind not written in time");
        }
        session.close("unbound");
    }

    /**
     * Answers the peer's unbind once the requests it sent before are answered, waiting at most {@link #graceNanos},
     * so that an answer the handler deferred is not lost (the peer would send that request again on its next
     * bind), and closes. If requests of ours are still unanswered, it first reads on for their answers (they
     * crossed the peer's unbind), at most the grace again, rather than fail them to be sent again.
     *
     * @param unbindResp the answer
     */
    void answerPeer(Response unbindResp) {
        whenAnswered(() -> {
            if (session.pendingCount() == 0) {
                session.sendResponse(unbindResp, "peer unbound");
                return;
            }
            session.sendResponse(unbindResp, "");
            long deadline = System.nanoTime() + graceNanos();
            session.settings.threadFactory().newThread(() -> {
                session.outflow().drain(deadline);
                session.closeAfterQueued("peer unbound");
            }).start();
        });
    }

    /**
     * Our unbind is answered (or will not be): close once the answers owed to the peer are written, within twice
     * the grace. A request that crossed our unbind is answered too, and its answer is not dropped by the close.
     */
    private void unbound() {
        if (session.isClosed() || !reported.compareAndSet(false, true)) {
            return;
        }
        session.telemetry.unbound(session.settings.ownSystemId(), session.peerSystemId());
        whenAnswered(() -> session.closeAfterQueued("unbound"));
        schedule(() -> session.close("unbound"), 2 * graceNanos());
    }

    /** Runs {@code action} once every request admitted from the peer is answered, or after the grace. */
    private void whenAnswered(Runnable action) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true) && !session.isClosed()) {
                action.run();
            }
        };
        session.inflow().whenDrained(once);
        if (!ran.get()) {
            schedule(once, graceNanos());
        }
    }

    /** The longest an unbind waits for answers owed to the peer: {@link #PEER_UNBIND_GRACE}, or the timeout. */
    private long graceNanos() {
        return Math.min(PEER_UNBIND_GRACE.toNanos(), timeout.toNanos());
    }

    private void schedule(Runnable task, long delayNanos) {
        try {
            timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            task.run(); // the timer is gone with its client or server: no waiting left
        }
    }
}
