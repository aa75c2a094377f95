package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Request;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.BindType;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.ResponseCallback;
import io.github.smppkit.session.SendStatus;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppSession;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLException;

/**
 * A client session that survives link loss: when the current connection closes (not by the user) it connects
 * and binds again after the policy's back-off, retrying ESME_RALYBND and other transient failures and stopping
 * on permanent bind failures. The first connect retries transient failures the same way, within the policy's
 * {@code firstConnectDeadline}. Requests in flight on a dropped link fail with "session closed"; new requests
 * wait (bounded by the response timeout) for the next bind.
 *
 * <p>Thread-safety: thread-safe.
 */
public final class ReconnectingSession implements SmppSession {

    private static final System.Logger LOG = System.getLogger(ReconnectingSession.class.getName());

    private final ClientConfig config;
    private final ScheduledThreadPoolExecutor timer;
    private final Telemetry telemetry;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Session current;
    private Session last;
    /** The link an attempt is binding, not taken up yet: a close or unbind closes it too. */
    private Session opening;
    private boolean stopped;

    private ReconnectingSession(ClientConfig config) {
        this.config = config;
        this.timer = ClientConnector.timer(config.threadFactory());
        this.telemetry = new Telemetry(config.sessionObserver(), this);
    }

    /**
     * Connects and binds the first time, on the calling thread. A transient failure (see
     * {@link #retriesFirstConnect}) is retried after the policy's back-off as long as the retry starts within its
     * {@code firstConnectDeadline}; any other failure, or the last one, is thrown.
     *
     * @param config the settings, reconnect enabled
     * @return the session
     */
    public static ReconnectingSession connect(ClientConfig config) {
        ReconnectingSession r = new ReconnectingSession(config);
        long deadline = System.nanoTime() + config.reconnect().firstConnectDeadline().toNanos();
        try {
            for (int attempt = 1; ; attempt++) {
                AtomicBoolean takenUp = new AtomicBoolean();
                try {
                    // connect returns a link that was bound, so takeUp made it current; linkLost sees to a close since
                    ClientConnector.connect(config, r.timer, r, bound -> takenUp.set(r.takeUp(bound)), r::linkLost);
                    return r;
                } catch (SmppInterruptedException e) {
                    throw e;
                } catch (SmppException e) {
                    if (takenUp.get()) {
                        // bound, then lost before connect returned: linkLost has scheduled the next attempt
                        return r;
                    }
                    r.awaitFirstRetry(attempt, e, deadline);
                }
            }
        } catch (RuntimeException e) {
            r.timer.shutdownNow();
            throw e;
        }
    }

    /** Waits out the back-off before the next try of the first connect, or throws {@code failure}. */
    private void awaitFirstRetry(int attempt, SmppException failure, long deadline) {
        Duration delay = config.reconnect().delay(attempt);
        if (!retriesFirstConnect(failure) || System.nanoTime() + delay.toNanos() - deadline > 0) {
            throw failure;
        }
        if (failure instanceof SmppBindException) {
            telemetry.bindFailed((SmppBindException) failure);
        }
        telemetry.reconnecting(attempt, delay, failure);
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("interrupted waiting to retry the first connect (" + failure.getMessage()
                    + ")");
        }
    }

    /**
     * Tells whether a failure of the first connect may go away on its own: a bind refusal that is not permanent
     * (ESME_RALYBND while the SMSC still holds an old session, say), or a connection refused, failed, timed out or
     * closed. Not an unknown host nor a failed TLS handshake, which no retry mends, nor an interrupt.
     *
     * @param failure what the attempt threw
     * @return whether to retry
     */
    static boolean retriesFirstConnect(SmppException failure) {
        if (failure instanceof SmppBindException) {
            return !((SmppBindException) failure).isPermanent();
        }
        if (!(failure instanceof SmppConnectionException)) {
            return false;
        }
        for (Throwable c = failure.getCause(); c != null; c = c.getCause()) {
            if (c instanceof UnknownHostException || c instanceof SSLException) {
                return false;
            }
        }
        return true;
    }

    private void linkLost(Session session, String reason) {
        boolean reconnect;
        lock.lock();
        try {
            reconnect = !stopped && session == current;
            if (reconnect) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
        if (reconnect) {
            schedule(1, new SmppConnectionException("link lost: " + reason));
        } else if (isStopped()) {
            // the last link is gone (unbound or closed): the timer has nothing left to time
            timer.shutdownNow();
        }
    }

    private void schedule(int attempt, SmppException cause) {
        if (isStopped()) {
            return; // the attempt failed because the client stopped: nothing to retry, nor to report
        }
        Duration delay = config.reconnect().delay(attempt);
        telemetry.reconnecting(attempt, delay, cause);
        try {
            timer.schedule(() -> config.threadFactory().newThread(() -> attempt(attempt)).start(),
                    delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "reconnect not scheduled: client closed");
        }
    }

    private void attempt(int attempt) {
        if (isStopped()) {
            return;
        }
        AtomicBoolean takenUp = new AtomicBoolean();
        Session s = null;
        try {
            s = ClientConnector.open(config, timer, this, bound -> takenUp.set(takeUp(bound)), this::linkLost);
            if (!opening(s)) {
                s.close("client closed");
                return;
            }
            // a link bound but not taken up was refused because the client stopped, which closes it
            ClientConnector.bindOn(config, s);
        } catch (SmppBindException e) {
            telemetry.bindFailed(e);
            if (e.isPermanent()) {
                LOG.log(Level.WARNING, "reconnect stopped: " + e.getMessage());
                close();
            } else {
                schedule(attempt + 1, e);
            }
        } catch (SmppException e) {
            if (!takenUp.get()) {
                schedule(attempt + 1, e);
            }
            // else the link closed after it was taken up, and linkLost has scheduled the next attempt
        } finally {
            opened(s);
        }
    }

    /** Notes the link an attempt is about to bind; false if the client has stopped. */
    private boolean opening(Session s) {
        lock.lock();
        try {
            if (stopped) {
                return false;
            }
            opening = s;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The attempt that opened {@code s} (null if none) is over. */
    private void opened(Session s) {
        lock.lock();
        try {
            if (opening == s) {
                opening = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes a newly bound link current, on its reader thread before it hands the handler any request, so that
     * {@link #state()} says BOUND as soon as the new link carries traffic.
     *
     * @return false if the client stopped or the link has already closed (its close then found it not current)
     */
    private boolean takeUp(Session s) {
        lock.lock();
        try {
            if (stopped || s.isClosed()) {
                return false;
            }
            current = s;
            last = s;
            if (opening == s) {
                opening = null;
            }
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private boolean isStopped() {
        lock.lock();
        try {
            return stopped;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops reconnecting, wakes waiters and closes the link an attempt is binding (it would otherwise live on until
     * its bind response or bind timeout); returns the current link, if any.
     */
    private Session stop() {
        Session s;
        Session o;
        lock.lock();
        try {
            stopped = true;
            s = current;
            current = null;
            o = opening;
            opening = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (o != null) {
            o.close("client closed");
        }
        return s;
    }

    /** Waits (bounded by the response timeout) for a bound link. */
    private Session awaitLink(String what) {
        long left = config.responseTimeout().toNanos();
        lock.lock();
        try {
            while (!stopped && (current == null || current.state() != SessionState.BOUND)) {
                if (left <= 0) {
                    throw SmppConnectionException.notSent(what + ": not bound, reconnecting for more than "
                            + config.responseTimeout() + " (not sent)");
                }
                left = changed.awaitNanos(left);
            }
            if (stopped) {
                throw SmppConnectionException.notSent(what + ": session closed (not sent)");
            }
            return current;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("interrupted waiting for a reconnect, " + what + " not sent");
        } finally {
            lock.unlock();
        }
    }

    private Session now() {
        lock.lock();
        try {
            return current;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <R extends Response> R send(Request<R> request) {
        return awaitLink(request.commandId().specName()).send(request);
    }

    @Override
    public <R extends Response> CompletableFuture<R> sendAsync(Request<R> request) {
        Session s;
        try {
            s = awaitLink(request.commandId().specName());
        } catch (SmppInterruptedException e) {
            throw e;
        } catch (SmppException e) {
            return CompletableFuture.failedFuture(e);
        }
        return s.sendAsync(request);
    }

    @Override
    public SendStatus trySend(Request<?> request, ResponseCallback callback) {
        Session s = now();
        return s == null ? SendStatus.CLOSED : s.trySend(request, callback);
    }

    @Override
    public void respond(Response response) {
        Session s = now();
        if (s == null) {
            throw new SmppConnectionException("respond: not bound (" + response.commandId().specName() + ", seq "
                    + response.sequenceNumber() + " not sent)");
        }
        s.respond(response);
    }

    @Override
    public void unbind() {
        Session s = stop();
        if (s != null) {
            s.unbind();
        }
        // Called from a request handler, unbind only starts: its response timeout runs on this timer, which the
        // link's close then stops.
        if (s == null || s.isClosed()) {
            timer.shutdownNow();
        }
    }

    @Override
    public void close() {
        Session s = stop();
        if (s != null) {
            s.close();
        }
        timer.shutdownNow();
    }

    @Override
    public SessionState state() {
        lock.lock();
        try {
            if (stopped) {
                return SessionState.CLOSED;
            }
            return current == null || current.isClosed() ? SessionState.RECONNECTING : current.state();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BindType bindType() {
        return config.bindType();
    }

    @Override
    public String systemId() {
        return config.systemId();
    }

    private Session lastLink() {
        lock.lock();
        try {
            return last;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String peerSystemId() {
        return lastLink().peerSystemId();
    }

    @Override
    public InterfaceVersion peerInterfaceVersion() {
        return lastLink().peerInterfaceVersion();
    }

    @Override
    public int pendingCount() {
        Session s = now();
        return s == null ? 0 : s.pendingCount();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return lastLink().remoteAddress();
    }

    @Override
    public String toString() {
        return "SmppSession[reconnecting client, " + config.systemId() + ", " + state() + "]";
    }
}
