package io.github.smppkit.session.internal;

import io.github.smppkit.codec.type.CommandId;
import io.github.smppkit.session.BindType;

/**
 * Which requests may flow in which direction for a bind type (reference §2.7).
 *
 * <p>Thread-safety: stateless.
 */
final class BindRules {

    private BindRules() {
    }

    /**
     * Tells whether the ESME may send a request in a bind.
     *
     * @param bindType the bind
     * @param c the request command
     * @return whether allowed
     */
    static boolean esmeMaySend(BindType bindType, CommandId c) {
        return mcOnly(c) ? false : c == CommandId.ENQUIRE_LINK || c == CommandId.UNBIND || bindType.canTransmit();
    }

    /**
     * Tells whether the MC may send a request to an ESME in a bind.
     *
     * @param bindType the bind
     * @param c the request command
     * @return whether allowed
     */
    static boolean mcMaySend(BindType bindType, CommandId c) {
        if (c == CommandId.ENQUIRE_LINK || c == CommandId.UNBIND) {
            return true;
        }
        return (mcOnly(c) || c == CommandId.DATA_SM) && bindType.canReceive();
    }

    /**
     * Tells whether a side may send a request.
     *
     * @param server whether the sender is the MC
     * @param bindType the bind
     * @param c the request command
     * @return whether allowed
     */
    static boolean maySend(boolean server, BindType bindType, CommandId c) {
        return server ? mcMaySend(bindType, c) : esmeMaySend(bindType, c);
    }

    /**
     * Tells whether a command is one of the three binds (by id: cheaper than {@code instanceof Bind}, an
     * interface check that scans the class's interfaces when it fails).
     */
    static boolean isBind(CommandId c) {
        return c == CommandId.BIND_TRANSMITTER || c == CommandId.BIND_RECEIVER || c == CommandId.BIND_TRANSCEIVER;
    }

    /**
     * Tells whether a command exists only in SMPP 3.3: its id is reserved from 3.4 on (reference §2.2), so a peer
     * bound as 3.4 or later that sends it gets what any unknown command gets.
     */
    static boolean isV33Only(CommandId c) {
        return c == CommandId.PARAM_RETRIEVE || c == CommandId.QUERY_LAST_MSGS || c == CommandId.QUERY_MSG_DETAILS;
    }

    private static boolean mcOnly(CommandId c) {
        return c == CommandId.DELIVER_SM || c == CommandId.ALERT_NOTIFICATION || c == CommandId.OUTBIND;
    }
}
