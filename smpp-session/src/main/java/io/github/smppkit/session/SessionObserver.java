package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.Pdu;
import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.codec.type.CommandStatus;
import java.time.Duration;

/**
 * Listens to what sessions do, for metrics and logs; the same information is emitted as JFR events
 * ({@code io.github.smppkit.*}). Every method has an empty default. PDUs passed here may contain message text
 * and, for binds, passwords: do not log them as they are.
 *
 * <p>Thread-safety: implementations must be thread-safe; methods are called on reader, writer, timer and
 * caller threads and must return quickly without throwing (exceptions are logged and ignored).
 *
 * @since 0.1.0
 */
public interface SessionObserver {

    /** An observer that does nothing. */
    SessionObserver NONE = new SessionObserver() {
    };

    /**
     * A session bound; on a reconnecting client, each new link. Called on the reader thread before the peer's next
     * PDU is read, with the session already {@link SessionState#BOUND}: {@code sendAsync} and {@code trySend} work
     * here (a blocking {@code send} would wait for an answer that this thread has to read).
     *
     * @param session the session
     */
    default void bound(SmppSession session) {
    }

    /**
     * A session unbound (either side sent unbind and it was answered or timed out).
     *
     * @param session the session
     */
    default void unbound(SmppSession session) {
    }

    /**
     * A connection closed.
     *
     * @param session the session
     * @param reason why, e.g. "closed by user", "peer closed the connection", "dead peer: ..."
     */
    default void closed(SmppSession session, String reason) {
    }

    /**
     * A PDU was written to the connection.
     *
     * @param session the session
     * @param pdu the PDU
     */
    default void pduSent(SmppSession session, Pdu pdu) {
    }

    /**
     * A PDU was read from the connection.
     *
     * @param session the session
     * @param pdu the PDU
     */
    default void pduReceived(SmppSession session, Pdu pdu) {
    }

    /**
     * A response arrived for an own request.
     *
     * @param session the session
     * @param command the request's command
     * @param status the response status
     * @param latency time from queueing the request to reading the response
     */
    default void responseLatency(SmppSession session, CommandId command, CommandStatus status, Duration latency) {
    }

    /**
     * A sender found the window full and had to wait (or {@code trySend} returned WINDOW_FULL).
     *
     * @param session the session
     */
    default void windowFull(SmppSession session) {
    }

    /**
     * A response carried a throttling status; the session slows down.
     *
     * @param session the session
     * @param status the status
     * @param backoff the pause now applied before each send
     */
    default void throttled(SmppSession session, CommandStatus status, Duration backoff) {
    }

    /**
     * An OK response carried {@code congestion_state} 100, "congested" (SMPP 5.0, reference §5): the session slows
     * down as after a throttling status. Values of 90..99, "nearing congestion", keep the current pause from easing
     * and are not reported.
     *
     * @param session the session
     * @param congestionState the value, 100
     * @param backoff the pause now applied before each send
     * @since 0.1.0
     */
    default void congested(SmppSession session, int congestionState, Duration backoff) {
    }

    /**
     * A reconnecting client lost its link (or failed to re-bind, or failed its first connect transiently) and will
     * try again after a delay.
     *
     * @param session the session
     * @param attempt 1 for the first retry
     * @param delay the wait before this attempt
     * @param cause why the previous link or attempt failed
     */
    default void reconnecting(SmppSession session, int attempt, Duration delay, SmppException cause) {
    }

    /**
     * A bind was refused; with {@link SmppBindException#isPermanent()} a reconnecting client stops and closes.
     *
     * @param session the session
     * @param failure the bind failure
     */
    default void bindFailed(SmppSession session, SmppBindException failure) {
    }
}
