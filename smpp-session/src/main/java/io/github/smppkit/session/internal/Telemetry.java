package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.pdu.Response;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import io.github.smppkit.session.SessionObserver;
import io.github.smppkit.session.SmppBindException;
import io.github.smppkit.session.SmppException;
import io.github.smppkit.session.SmppSession;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Sends what a session does to its {@link SessionObserver} and to JFR; an observer that throws is logged and
 * ignored.
 *
 * <p>Thread-safety: thread-safe.
 */
final class Telemetry {

    private static final System.Logger LOG = System.getLogger(Telemetry.class.getName());
    /** JFR may be missing from a trimmed runtime or unwired in OSGi: then only the observer is told. */
    private static final boolean JFR = jfrPresent();

    private final SessionObserver observer;
    /** False for {@link SessionObserver#NONE}: the per-PDU calls then build nothing for it. */
    private final boolean observing;
    private final SmppSession session;

    Telemetry(SessionObserver observer, SmppSession session) {
        this.observer = observer;
        this.observing = observer != SessionObserver.NONE;
        this.session = session;
    }

    private static boolean jfrPresent() {
        try {
            Class.forName("jdk.jfr.Event", false, Telemetry.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void failed(RuntimeException e) {
        LOG.log(Level.WARNING, "session observer threw; ignored", e);
    }

    void bound(String systemId, String peerSystemId, String bindType, boolean server, String remote) {
        Events.Bind e = JFR ? new Events.Bind() : null;
        if (e != null && e.shouldCommit()) {
            e.systemId = systemId;
            e.peerSystemId = peerSystemId;
            e.bindType = bindType;
            e.server = server;
            e.remoteAddress = remote;
            e.commit();
        }
        try {
            observer.bound(session);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void unbound(String systemId, String peerSystemId) {
        Events.Unbind e = JFR ? new Events.Unbind() : null;
        if (e != null && e.shouldCommit()) {
            e.systemId = systemId;
            e.peerSystemId = peerSystemId;
            e.commit();
        }
        try {
            observer.unbound(session);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void closed(String peerSystemId, String reason) {
        Events.Close e = JFR ? new Events.Close() : null;
        if (e != null && e.shouldCommit()) {
            e.peerSystemId = peerSystemId;
            e.reason = reason;
            e.commit();
        }
        try {
            observer.closed(session, reason);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    /**
     * Reports a PDU read or written.
     *
     * @param pdu the PDU
     * @param sequenceNumber the sequence_number on the wire, which the PDU of a request the session numbered lacks
     * @param outbound whether it was written
     */
    void pdu(Pdu pdu, int sequenceNumber, boolean outbound) {
        Events.Pdu e = JFR ? new Events.Pdu() : null;
        if (e != null && e.shouldCommit()) {
            e.outbound = outbound;
            e.command = pdu.commandId().specName();
            e.sequenceNumber = sequenceNumber;
            e.status = pdu.commandId().isResponse() ? ((Response) pdu).status().code() : 0;
            e.commit();
        }
        if (!observing) {
            return;
        }
        // Observers see the PDU as sent; only for them is the record rebuilt with its number.
        Pdu seen = pdu.sequenceNumber() == sequenceNumber ? pdu : pdu.withSequenceNumber(sequenceNumber);
        try {
            if (outbound) {
                observer.pduSent(session, seen);
            } else {
                observer.pduReceived(session, seen);
            }
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    /**
     * Reports a response's latency.
     *
     * @param command the request's command
     * @param status the response's status
     * @param startNanos {@link System#nanoTime()} when the request was sent
     */
    void latency(CommandId command, CommandStatus status, long startNanos) {
        Events.Latency e = JFR ? new Events.Latency() : null;
        boolean event = e != null && e.shouldCommit();
        if (!event && !observing) {
            return;
        }
        // Read the clock only when someone listens: it is a measurable share of a response's cost.
        long nanos = System.nanoTime() - startNanos;
        if (event) {
            e.command = command.specName();
            e.status = status.code();
            e.latency = nanos;
            e.commit();
        }
        if (!observing) {
            return;
        }
        try {
            observer.responseLatency(session, command, status, Duration.ofNanos(nanos));
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void windowFull(int windowSize) {
        Events.WindowFull e = JFR ? new Events.WindowFull() : null;
        if (e != null && e.shouldCommit()) {
            e.windowSize = windowSize;
            e.commit();
        }
        try {
            observer.windowFull(session);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void throttled(CommandStatus status, Duration backoff) {
        Events.Throttled e = JFR ? new Events.Throttled() : null;
        if (e != null && e.shouldCommit()) {
            e.status = status.code();
            e.backoff = backoff.toNanos();
            e.commit();
        }
        try {
            observer.throttled(session, status, backoff);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void congested(int congestionState, Duration backoff) {
        Events.Congested e = JFR ? new Events.Congested() : null;
        if (e != null && e.shouldCommit()) {
            e.congestionState = congestionState;
            e.backoff = backoff.toNanos();
            e.commit();
        }
        try {
            observer.congested(session, congestionState, backoff);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void reconnecting(int attempt, Duration delay, SmppException cause) {
        try {
            observer.reconnecting(session, attempt, delay, cause);
        } catch (RuntimeException x) {
            failed(x);
        }
    }

    void bindFailed(SmppBindException failure) {
        try {
            observer.bindFailed(session, failure);
        } catch (RuntimeException x) {
            failed(x);
        }
    }
}
