package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.BindReceiver;
import io.github.smppkit.codec.pdu.BindResp;
import io.github.smppkit.codec.pdu.BindTransceiver;
import io.github.smppkit.codec.pdu.BindTransmitter;
import io.github.smppkit.codec.tlv.StandardTlvs;
import io.github.smppkit.codec.tlv.Tlvs;
import io.github.smppkit.codec.type.InterfaceVersion;
import io.github.smppkit.session.ClientConfig;
import io.github.smppkit.session.SessionState;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppConnectionException;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppInterruptedException;
import io.github.smppkit.session.SmppSession;
import io.github.smppkit.session.SmppTimeoutException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Opens a client connection and binds it: bind admission, TCP/TLS connect bounded by the connect timeout, the
 * bind bounded by the bind timeout, interface version negotiation (reference §4.2).
 *
 * <p>Thread-safety: stateless.
 */
public final class ClientConnector {

    private ClientConnector() {
    }

    /**
     * Creates the timer of one client: one thread from the caller's factory; cancelled tasks are removed.
     *
     * @param factory the thread factory
     * @return the timer
     */
    public static ScheduledThreadPoolExecutor timer(ThreadFactory factory) {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, factory);
        t.setRemoveOnCancelPolicy(true);
        t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        t.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return t;
    }

    /**
     * Connects and binds a session that closes for good when its link drops.
     *
     * @param c the settings
     * @return a bound session
     */
    public static SmppSession connect(ClientConfig c) {
        ScheduledThreadPoolExecutor timer = timer(c.threadFactory());
        try {
            Session s = connect(c, timer, null, session -> { }, (session, reason) -> timer.shutdownNow());
            if (s.isClosed()) {
                timer.shutdownNow();
            }
            return s;
        } catch (RuntimeException e) {
            timer.shutdownNow();
            throw e;
        }
    }

    /**
     * Connects and binds once.
     *
     * @param c the settings
     * @param timer the client's timer
     * @param facade the session object users see (null for the returned session itself)
     * @param onBound called on the reader thread when the bind succeeds, before observers hear of it and before any
     *     request from the peer is handed to the request handler (and so before this method returns)
     * @param onClosed called once when the connection closes
     * @return a bound session
     * @throws SmppBindException if the bind was refused
     * @throws SmppConnectionException if the connection or the bind failed or timed out
     * @throws SmppInterruptedException if interrupted
     */
    public static Session connect(ClientConfig c, ScheduledThreadPoolExecutor timer, SmppSession facade,
            Consumer<Session> onBound, BiConsumer<Session, String> onClosed) {
        return bindOn(c, open(c, timer, facade, onBound, onClosed));
    }

    /**
     * Takes a bind slot, connects and starts a session, not bound yet: {@link #connect} without the bind.
     *
     * @param c the settings
     * @param timer the client's timer
     * @param facade the session object users see (null for the returned session itself)
     * @param onBound called on the reader thread when the bind succeeds, as for {@link #connect}
     * @param onClosed called once when the connection closes
     * @return a started session in state OPEN, or CLOSED if the timer was shut down meanwhile
     * @throws SmppConnectionException if the connection failed or timed out
     */
    static Session open(ClientConfig c, ScheduledThreadPoolExecutor timer, SmppSession facade,
            Consumer<Session> onBound, BiConsumer<Session, String> onClosed) {
        c.bindAdmission().acquire(c.systemId());
        Transport transport;
        try {
            transport = Transports.connect(c.host(), c.port(), c.tls().orElse(null), c.connectTimeout());
        } catch (Transports.HandshakeTimeoutException e) {
            c.bindAdmission().release(c.systemId());
            throw new SmppConnectionException("connect: " + c.host() + ":" + c.port() + " took the TCP connection but"
                    + " did not complete the TLS handshake within " + c.connectTimeout() + " (is it a TLS port?)", e);
        } catch (SocketTimeoutException e) {
            c.bindAdmission().release(c.systemId());
            throw new SmppConnectionException("connect: no connection to " + c.host() + ":" + c.port()
                    + " within " + c.connectTimeout(), e);
        } catch (IOException | RuntimeException e) {
            c.bindAdmission().release(c.systemId());
            throw new SmppConnectionException("connect: " + c.host() + ":" + c.port() + " failed: " + e
                    + notTlsHint(e), e);
        }
        SessionHooks hooks = new SessionHooks() {
            @Override
            public void bound(Session session) {
                onBound.accept(session);
            }

            @Override
            public void closed(Session session, String reason) {
                c.bindAdmission().release(c.systemId());
                onClosed.accept(session, reason);
            }
        };
        Session session = new Session(Settings.of(c), transport, timer, hooks, c.bindType(), facade);
        session.start();
        return session;
    }

    /**
     * A TLS client that gets plain octets back hears from the JDK only that they are no TLS record (a plain
     * {@code SSLException}; certificate and protocol refusals are subclasses): say what that usually means.
     */
    private static String notTlsHint(Exception e) {
        return e.getClass() == SSLException.class ? " (the server answered without TLS: is it a plain TCP port?)"
                : "";
    }

    /**
     * Binds an open client session and waits for the answer.
     *
     * @param c the settings
     * @param session a started session in state OPEN
     * @return the session, bound
     */
    static Session bindOn(ClientConfig c, Session session) {
        session.moveState(SessionState.BINDING, SessionState.OPEN);
        BindResp resp = bind(c, session);
        if (!resp.status().isOk()) {
            session.close("bind refused: " + resp.status());
            throw new SmppBindException(c.systemId(), resp);
        }
        if (session.state() != SessionState.BOUND) {
            // Closed by another thread: returns once that close, and the bind slot's release, has finished.
            session.close("closed while binding");
            // e.g. an SMSC that enforces its session limit by unbinding a bind it has just accepted
            throw new SmppConnectionException("bind: " + resp.commandId().specName() + " accepted the bind, but the"
                    + " session ended before connect returned (" + session.closeReason() + ")");
        }
        return session;
    }

    private static BindResp bind(ClientConfig c, Session session) {
        Bind<?> bind = bindRequest(c);
        Pending p;
        try {
            p = session.sendControl(bind, c.bindTimeout(), r -> {
                if (r.status().isOk()) {
                    BindResp resp = (BindResp) r;
                    InterfaceVersion peer = resp.tlvs().get(StandardTlvs.SC_INTERFACE_VERSION)
                            .map(InterfaceVersion::of).orElse(c.unannouncedPeerVersion());
                    session.bound(null, c.bindType(), resp.systemId(), peer, c.interfaceVersion());
                }
            });
        } catch (SmppException e) {
            session.close("bind not sent");
            throw e;
        }
        try {
            return (BindResp) p.future.get(c.bindTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1),
                    TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            session.close("bind interrupted");
            Thread.currentThread().interrupt();
            throw new SmppInterruptedException("interrupted waiting for the bind response");
        } catch (ExecutionException e) {
            session.close("bind failed");
            SmppException x = SendFailures.unwrap(e.getCause());
            throw x instanceof SmppTimeoutException ? new SmppConnectionException("bind: no "
                    + bind.commandId().response().specName() + " within " + c.bindTimeout(), x) : x;
        } catch (TimeoutException e) {
            session.close("bind timed out");
            throw new SmppConnectionException("bind: no " + bind.commandId().response().specName() + " within "
                    + c.bindTimeout(), e);
        }
    }

    private static Bind<?> bindRequest(ClientConfig c) {
        switch (c.bindType()) {
            case TRANSMITTER:
                return new BindTransmitter(0, c.systemId(), c.password(), c.systemType(), c.interfaceVersion(),
                        c.addressRange(), Tlvs.empty());
            case RECEIVER:
                return new BindReceiver(0, c.systemId(), c.password(), c.systemType(), c.interfaceVersion(),
                        c.addressRange(), Tlvs.empty());
            default:
                return new BindTransceiver(0, c.systemId(), c.password(), c.systemType(), c.interfaceVersion(),
                        c.addressRange(), Tlvs.empty());
        }
    }
}
