package io.github.smppkit.session.internal;

import io.github.smppkit.codec.pdu.Bind;
import io.github.smppkit.codec.pdu.Outbind;
import io.github.smppkit.codec.type.CommandStatus;

/**
 * What differs between client and server sessions: who answers binds, who learns of the bind and the close.
 *
 * <p>Thread-safety: implementations must be thread-safe; called on reader and closing threads.
 */
interface SessionHooks {

    /**
     * A bind request arrived while not bound. The default (client side) refuses it.
     *
     * @param session the session
     * @param bind the request
     */
    default void bindReceived(Session session, Bind<?> bind) {
        session.respond(bind.response(CommandStatus.ESME_RINVBNDSTS));
    }

    /**
     * An outbind arrived on a client session (reference §4.3).
     *
     * @param session the session
     * @param outbind the outbind
     */
    default void outbindReceived(Session session, Outbind outbind) {
    }

    /**
     * The session is bound: called on the reader thread before observers hear of it and before the peer's next
     * PDU is read.
     *
     * @param session the session
     */
    default void bound(Session session) {
    }

    /**
     * The session closed (once).
     *
     * @param session the session
     * @param reason why
     */
    default void closed(Session session, String reason) {
    }
}
