package io.github.smppkit.session.internal;

import io.github.smppkit.codec.PduCodec;
import io.github.smppkit.codec.pdu.GenericNack;
import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.session.RateLimiter;
import io.github.smppkit.session.ResponseCallback;
import io.github.smppkit.session.SendStatus;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppTimeoutException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Own requests in flight: admission (state, direction, TLV and encoding checks, window, rate), sequence
 * numbers, the pending map keyed by int, response timeouts and completion. Each entry is completed exactly
 * once, by whoever removes it from the map.
 *
 * <p>Thread-safety: thread-safe.
 */
final class Outflow {

    private static final System.Logger LOG = System.getLogger(Outflow.class.getName());
    /** congestion_state values (reference §5): 90..99 nearing congestion, 100 congested. */
    private static final int NEARING_CONGESTION = 90;
    private static final int CONGESTED = 100;

    private final Session session;
    private final Settings settings;
    private final PendingMap pending;
    private final Semaphore window;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Throttle throttle;
    private final TimeoutSweep sweep;

    Outflow(Session session, ScheduledExecutorService timer) {
        this.session = session;
        this.settings = session.settings;
        this.window = new Semaphore(settings.windowSize());
        this.pending = new PendingMap(settings.windowSize() + 4);
        this.throttle = new Throttle(settings.responseTimeout().dividedBy(4));
        this.sweep = new TimeoutSweep(timer, pending, p -> fail(p, SendFailures.timeout(p)));
    }

    int size() {
        return pending.size();
    }

    static int lengthOf(PduCodec codec, Pdu pdu) {
        try {
            return codec.encodedLength(pdu);
        } catch (IllegalArgumentException e) {
            throw new SmppException(SmppException.Category.PROTOCOL, pdu.commandId().specName() + ": "
                    + e.getMessage() + " (cannot be encoded)", e);
        }
    }

    /**
     * Admits a request for {@code send}/{@code sendAsync}: waits for a window slot (bounded by the response
     * timeout), then for the throttle and the rate limiter.
     */
    Pending admit(Request<?> request, boolean windowed) {
        SmppException refused = SendFailures.refusal(session, request);
        if (refused != null) {
            throw refused;
        }
        int length = lengthOf(settings.codec(), request);
        int segments = RateLimiter.segments(request);
        try {
            if (windowed && !window.tryAcquire()) {
                session.telemetry.windowFull(settings.windowSize());
                if (session.onReaderThread()) {
                    throw new SmppException(SmppException.Category.PROTOCOL, "window full: waiting on the session's"
                            + " own reader thread would block the responses that free it (" + request.commandId()
                            .specName() + " not sent; use trySend or another thread)");
                }
                if (!window.tryAcquire(settings.responseTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new SmppTimeoutException("window slot: none free within " + settings.responseTimeout()
                            + " (windowSize " + settings.windowSize() + "), " + request.commandId().specName());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("interrupted waiting for a window slot, "
                    + request.commandId().specName() + " not sent");
        }
        try {
            if (segments > 0) {
                throttle.await();
                settings.rateLimiter().acquire(segments);
            }
        } catch (InterruptedException e) {
            release(windowed);
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("interrupted waiting for the rate limiter, "
                    + request.commandId().specName() + " not sent");
        } catch (RuntimeException e) {
            release(windowed);
            throw e;
        }
        return register(request, length, windowed, settings.responseTimeout(), null, true);
    }

    SendStatus trySend(Request<?> request, ResponseCallback callback) {
        SmppException refused = SendFailures.refusal(session, request);
        if (refused != null) {
            if (refused.category() == SmppException.Category.CONNECTION) {
                return SendStatus.CLOSED;
            }
            throw refused;
        }
        int length = lengthOf(settings.codec(), request);
        if (!window.tryAcquire()) {
            session.telemetry.windowFull(settings.windowSize());
            return SendStatus.WINDOW_FULL;
        }
        int segments = RateLimiter.segments(request);
        boolean passed;
        try {
            passed = segments == 0 || throttle.tryPass() && settings.rateLimiter().tryAcquire(segments);
        } catch (RuntimeException e) {
            // the user's limiter failed: the request is not sent, and its slot must not be lost with it
            window.release();
            throw e;
        }
        if (!passed) {
            window.release();
            return SendStatus.RATE_LIMITED;
        }
        put(Pending.withCallback(request, sequenceFor(request), settings.responseTimeout(), callback,
                settings.callbackExecutor().orElse(null)), length, true);
        return SendStatus.SENT;
    }

    private void release(boolean windowed) {
        if (windowed) {
            window.release();
        }
    }

    /** Puts a request in flight; the window slot, if any, is already taken. */
    Pending register(Request<?> request, int length, boolean windowed, Duration timeout,
            Consumer<Response> onAnswer) {
        return register(request, length, windowed, timeout, onAnswer, false);
    }

    private Pending register(Request<?> request, int length, boolean windowed, Duration timeout,
            Consumer<Response> onAnswer, boolean whileBound) {
        Pending p = new Pending(request, sequenceFor(request), windowed, timeout, onAnswer);
        put(p, length, whileBound);
        return p;
    }

    /** The caller's own number if it set one, else the next of the session; the record is not rebuilt. */
    private int sequenceFor(Request<?> request) {
        return request.sequenceNumber() != 0 ? request.sequenceNumber() : nextSequenceNumber();
    }

    /**
     * Takes the session's next sequence number, also for a PDU that gets no response (outbind).
     *
     * @return 1..0x7FFFFFFF
     */
    int nextSequenceNumber() {
        return sequence.updateAndGet(Outflow::nextSequence);
    }

    /**
     * Makes {@code last} the last sequence number taken, so that the next request gets the one after it: a test
     * reaches the wrap at 0x7FFFFFFF this way without 2^31 requests.
     *
     * @param last a sequence number, 1..0x7FFFFFFF
     */
    void sequenceTakenUpTo(int last) {
        sequence.set(last);
    }

    /**
     * Puts a request in flight and queues it. With {@code whileBound}, a request whose session left BOUND since its
     * admission (while it waited for the window or the rate, or just as an unbind came) fails instead: an unbind
     * counts the requests in flight once the state has moved, so a request put after that count would go out
     * behind unbind_resp, and its answer be lost in the close. Put first, then the state read, as the unbind moves
     * the state, then counts: one of the two sees the other.
     */
    private void put(Pending p, int length, boolean whileBound) {
        if (!pending.putIfAbsent(p)) {
            release(p.windowed);
            throw new SmppException(SmppException.Category.PROTOCOL, "sequence_number: " + p.sequenceNumber
                    + " already awaiting a response (" + p.request.commandId().specName() + ")");
        }
        SessionState state = session.state();
        if (state == SessionState.CLOSED) {
            fail(p, SendFailures.notSentClosed(session, p.request, p.sequenceNumber));
            return;
        }
        if (whileBound && state != SessionState.BOUND) {
            fail(p, SendFailures.notBound(p.request, p.sequenceNumber, state));
            return;
        }
        try {
            sweep.arm(p.deadline);
        } catch (RejectedExecutionException e) {
            fail(p, SendFailures.notSentClosed(session, p.request, p.sequenceNumber));
            return;
        }
        Outbound out = new Outbound(p.request, p.sequenceNumber, length, "");
        if (!(alone(p) ? session.enqueueAndWrite(out) : session.enqueue(out))) {
            // the writer may have taken it before it stopped: it may have left
            fail(p, SendFailures.unanswered(session, p));
        }
    }

    /**
     * Tells whether a request is the only one of the window in flight: the sender then writes it itself (a session
     * used one request at a time waits for no wake-up), while the requests of a busy session leave in batches.
     */
    private boolean alone(Pending p) {
        return p.windowed && window.availablePermits() == settings.windowSize() - 1;
    }

    /**
     * Returns the sequence number after {@code current}: 1..0x7FFFFFFF, wrapping to 1 (reference §2.3).
     *
     * @param current the last one used, 0 at start
     * @return the next one
     */
    static int nextSequence(int current) {
        return current >= 0x7FFFFFFF || current < 1 ? 1 : current + 1;
    }

    /** Completes an entry exceptionally if it is still pending. */
    boolean fail(Pending p, SmppException e) {
        if (!pending.remove(p)) {
            return false;
        }
        release(p.windowed);
        p.fail(e);
        return true;
    }

    /**
     * Fails a request that the writer dropped without writing any of it: queued behind unbind or unbind_resp, or
     * still queued when the session closed.
     *
     * @param request the request as queued
     * @param sequenceNumber its sequence_number
     */
    void notSent(Pdu request, int sequenceNumber) {
        Pending p = pending.remove(sequenceNumber);
        if (p == null) {
            return;
        }
        release(p.windowed);
        p.fail(session.isClosed() ? SendFailures.notSentClosed(session, p.request, sequenceNumber)
                : SmppConnectionException.notSent(request.commandId().specName() + ": queued behind unbind (session "
                        + session.state() + "), seq " + sequenceNumber + " not sent"));
    }

    /** Stops the timeout sweep; the session is closing. */
    void stop() {
        sweep.stop();
    }

    void responseReceived(Response response) {
        Pending p = pending.remove(response.sequenceNumber());
        if (p == null) {
            // after a close every request has failed, and frames read before it are still handed on: no news
            LOG.log(session.isClosed() ? Level.DEBUG : Level.INFO, () -> "late or unknown "
                    + response.commandId().specName() + " seq " + response.sequenceNumber() + " dropped");
            return;
        }
        release(p.windowed);
        Response answer = response;
        if (response instanceof GenericNack) {
            answer = p.request.response(response.status()).withSequenceNumber(p.sequenceNumber);
        } else if (!p.request.responseType().isInstance(response)) {
            p.fail(new SmppException(SmppException.Category.PROTOCOL, "response: "
                    + response.commandId().specName() + " for " + p.request.commandId().specName() + " seq "
                    + response.sequenceNumber() + " (expected " + p.request.commandId().response().specName() + ")"));
            return;
        }
        session.telemetry.latency(p.request.commandId(), answer.status(), p.startNanos);
        if (settings.throttling().test(answer.status().code())) {
            session.telemetry.throttled(answer.status(), throttle.throttled());
        } else if (answer.status().isOk()) {
            eased(answer);
        }
        if (p.onAnswer != null) {
            p.onAnswer.accept(answer);
        }
        p.succeed(answer);
    }

    /**
     * An OK answer eases the throttle's pause, unless it says the peer is congested (SMPP 5.0 congestion_state,
     * reference §5, §13): 100 backs off as a throttling status does, and 90..99 ("nearing congestion") holds the
     * pause where it is. Values above 100 are reserved and read as no congestion.
     */
    private void eased(Response answer) {
        int congestion = answer.tlvs().isEmpty() ? 0
                : answer.tlvs().getInt(StandardTlvs.CONGESTION_STATE, 0);
        if (congestion == CONGESTED) {
            session.telemetry.congested(congestion, throttle.throttled());
        } else if (congestion < NEARING_CONGESTION || congestion > CONGESTED) {
            throttle.succeeded();
        }
    }

    /** Waits for a blocking send's response; interrupt and the safety bound cancel the request. */
    <R extends Response> R await(Pending p, Class<R> type) {
        if (session.onReaderThread()) {
            fail(p, new SmppException(SmppException.Category.PROTOCOL, "send: blocking on the session's own reader"
                    + " thread would never see the response (" + p.request.commandId().specName()
                    + " cancelled; use sendAsync)"));
        }
        long bound = settings.responseTimeout().toNanos() * 2 + TimeUnit.SECONDS.toNanos(1);
        try {
            return type.cast(p.future.get(bound, TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            SmppInterruptedException x = new SmppInterruptedException("interrupted waiting for "
                    + p.request.commandId().response().specName() + ", seq " + p.sequenceNumber
                    + "; request cancelled");
            fail(p, x);
            Thread.currentThread().interrupt();
            throw x;
        } catch (ExecutionException e) {
            throw SendFailures.unwrap(e.getCause());
        } catch (TimeoutException e) {
            SmppTimeoutException x = SendFailures.timeout(p);
            fail(p, x);
            throw x;
        }
    }

    static <R extends Response> CompletableFuture<R> userFuture(Pending p, Class<R> type, Settings settings) {
        CompletableFuture<R> out = new CompletableFuture<>();
        java.util.function.BiConsumer<Response, Throwable> relay = (r, t) -> {
            if (t != null) {
                out.completeExceptionally(SendFailures.unwrap(t));
            } else {
                out.complete(type.cast(r));
            }
        };
        Executor executor = settings.callbackExecutor().orElse(null);
        p.future.whenComplete((r, t) -> Pending.runOn(executor, () -> relay.accept(r, t)));
        return out;
    }

    /**
     * Waits until nothing is pending or the deadline passes: the window's requests (a {@code trySend} entry has no
     * future to wait on) until every slot is free again, then the control requests (enquire_link) by their futures.
     * Then fails as timed out each request past its own deadline.
     */
    void drain(long deadline) {
        int slots = settings.windowSize();
        try {
            if (window.tryAcquire(slots, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                window.release(slots);
            }
            for (Pending p : pending.values()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                if (p.future != null) { // a trySend entry has none: it was waited for through the window
                    awaitQuietly(p.future, left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A request whose own timeout has passed fails as timed out, not as closed by what follows, even when
        // the timer thread is late (a busy machine).
        long now = System.nanoTime();
        for (Pending p : pending.values()) {
            if (p.deadline - now <= 0) {
                fail(p, SendFailures.timeout(p));
            }
        }
    }

    private static void awaitQuietly(CompletableFuture<Response> future, long nanos) throws InterruptedException {
        try {
            future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.TRACE, "drain: request ended without response");
        }
    }

    /** Fails everything pending with "session closed". */
    void failAll(String reason) {
        for (Pending p : pending.values()) {
            fail(p, SendFailures.unanswered(session, p));
        }
    }
}
