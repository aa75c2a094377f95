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
 * bounded by the response timeout), send unbind, close when unbind_resp is read (or the response timeout passes).
 * Answers go out before unbind: a peer that closes on unbind would otherwise not read them, and send its
 * deliver_sm (a receipt, say) again on the next bind. For the same reason the peer's unbind is answered after its
 * earlier requests (bounded by {@link #PEER_UNBIND_GRACE}).
 *
 * <p>Thread-safety: thread-safe; a second caller waits (bounded) for the first unbind to finish.
 */
final class Unbinder {

    private static final System.Logger LOG = System.getLogger(Unbinder.class.getName());

    /** The longest the peer's unbind waits for our answers to its earlier requests; peers wait 2-5 s for it. */
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
            // Closing on the reader thread as the unbind_resp is read, before the peer's close can be seen.
            Pending p = session.sendControl(new Unbind(0), timeout, r -> unbound());
            p.future.get(Math.max(1, deadline - System.nanoTime()) + timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | SmppException e) {
            LOG.log(Level.DEBUG, () -> "unbind not answered: " + e);
        }
        unbound();
    }

    /**
     * Answers the peer's unbind, and closes, once the requests it sent before are answered, waiting at most
     * {@link #PEER_UNBIND_GRACE} (or the response timeout, when shorter). The connection closes after
     * unbind_resp, so an answer the handler deferred would be lost, and the peer would send that request again on
     * its next bind. The reader goes on meanwhile: the peer may still answer our requests.
     *
     * @param unbindResp the answer
     */
    void answerPeer(Response unbindResp) {
        AtomicBoolean sent = new AtomicBoolean();
        Runnable answer = () -> {
            if (sent.compareAndSet(false, true) && !session.isClosed()) {
                session.sendResponse(unbindResp, "peer unbound");
            }
        };
        session.inflow().whenDrained(answer);
        if (sent.get()) {
            return;
        }
        long grace = Math.min(PEER_UNBIND_GRACE.toNanos(), timeout.toNanos());
        try {
            timer.schedule(answer, grace, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            answer.run();
        }
    }

    private void unbound() {
        if (!session.isClosed() && reported.compareAndSet(false, true)) {
            session.telemetry.unbound(session.settings.ownSystemId(), session.peerSystemId());
            session.close("unbound");
        }
    }
}
