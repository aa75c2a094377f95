package io.github.smppkit.session;

import io.github.smppkit.codec.pdu.Notification;
import io.github.smppkit.codec.pdu.Request;

/**
 * Handles inbound requests: on a client deliver_sm and data_sm; on a server submit_sm, data_sm, query_sm and
 * the other ESME requests. Binds, unbind, enquire_link and generic_nack are handled by the session and never
 * reach it. Notifications ({@code alert_notification}, {@code outbind}) reach {@link #notification} and get no
 * answer.
 *
 * <p>An exception thrown by {@link #handle} answers the request with the configured error status (by default
 * ESME_RSYSERR on a server, ESME_RX_T_APPN on a client) and never closes the session.
 *
 * <p>Thread-safety: called on the session's reader thread, one PDU at a time per session; the same handler
 * instance may serve several sessions concurrently. A slow handler slows that session's reading (which is
 * back-pressure towards the peer); return {@link HandlerResult#deferred()} and answer from another thread to
 * avoid that.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RequestHandler {

    /**
     * Handles one inbound request.
     *
     * @param session the session it arrived on
     * @param request the request
     * @return what to answer
     * @throws Exception answered with the configured error status
     */
    HandlerResult handle(SmppSession session, Request<?> request) throws Exception;

    /**
     * Handles an inbound notification ({@code alert_notification}; {@code outbind} on a client, after which the
     * client binds on its own). The default does nothing.
     *
     * <p>{@code alert_notification} is passed on whatever the bind type: reference §2.7 has the SMSC send it to
     * receiver and transceiver binds only, but one sent to a transmitter needs no answer and harms nothing, so it
     * is not dropped (lenient).
     *
     * @param session the session it arrived on
     * @param notification the notification
     * @throws Exception logged; the session goes on
     */
    default void notification(SmppSession session, Notification notification) throws Exception {
        // Nothing to answer: notifications have no response PDU (reference §2.2).
    }

    /**
     * Returns a handler that answers every request with its default OK response.
     *
     * @return the handler
     */
    static RequestHandler acceptAll() {
        return (session, request) -> HandlerResult.defaultAnswer();
    }
}
