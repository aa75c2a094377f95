package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Unbind;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The graceful unbind of a session: refuse new requests, let those in flight finish and answer the peer's (both
 * bounded by the response timeout), send unbind, close when unbind_resp is read (or the response timeout passes).
 * Answers go out before unbind: a peer that closes on unbind would otherwise not read them, and send its
 * deliver_sm (a receipt, say) again on the next bind.
 *
 * <p>Thread-safety: thread-safe; a second caller waits (bounded) for the first unbind to finish.
 */
final class Unbinder {

    private static final System.Logger LOG = System.getLogger(Unbinder.class.getName());

    private final Session session;
    private final Duration timeout;
    private final AtomicBoolean reported = new AtomicBoolean();

    Unbinder(Session session) {
        this.session = session;
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

    private void unbound() {
        if (!session.isClosed() && reported.compareAndSet(false, true)) {
            session.telemetry.unbound(session.settings.ownSystemId(), session.peerSystemId());
            session.close("unbound");
        }
    }
}
